package se.huddinge.delaktighet.security.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PasswordResetLinkRepository extends JpaRepository<PasswordResetLink, Long> {

    @Query("select l.id from PasswordResetLink l where l.link.tokenHash = :hash")
    Optional<Long> findIdByTokenHash(String hash);

    @Query("select l.id from PasswordResetLink l where l.link.previousTokenHash = :hash")
    Optional<Long> findIdByPreviousTokenHash(String hash);

    /** Locked: a link used twice at once is used once; its token is minted as the letter leaves. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from PasswordResetLink l where l.id = :id")
    Optional<PasswordResetLink> lockById(long id);

    /** A new link makes the account's earlier unused ones worthless. */
    @Modifying
    @Query("update PasswordResetLink l set l.link.usedAt = ?2 where l.accountId = ?1 and l.link.usedAt is null")
    int retireAll(long accountId, Instant now);
}
