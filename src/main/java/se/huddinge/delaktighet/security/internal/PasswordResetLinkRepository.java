package se.huddinge.delaktighet.security.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PasswordResetLinkRepository extends JpaRepository<PasswordResetLink, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<PasswordResetLink> findByTokenHash(String tokenHash);

    Optional<PasswordResetLink> findFirstByTokenHash(String tokenHash);

    /** A new link makes the account's earlier unused ones worthless. */
    @Modifying
    @Query("update PasswordResetLink l set l.usedAt = ?2 where l.accountId = ?1 and l.usedAt is null")
    int retireAll(long accountId, Instant now);
}
