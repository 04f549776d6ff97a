package se.huddinge.delaktighet.security.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import se.huddinge.delaktighet.security.StaffAccount;

public interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<StaffAccount> findAllByOrderByUsernameAsc();
}
