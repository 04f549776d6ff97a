package se.huddinge.delaktighet.proposal.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AccessLinkRepository extends JpaRepository<AccessLink, Long> {

    /** Locked, so that a link followed twice at once is used once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from AccessLink l where l.tokenHash = :hash")
    Optional<AccessLink> lockByTokenHash(String hash);

    Optional<AccessLink> findByTokenHash(String hash);
}
