package se.huddinge.delaktighet.proposal.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Links are found by the hash of either of their two latest tokens ({@link se.huddinge.delaktighet.base.OneTimeLink#idOf}). */
public interface AccessLinkRepository extends JpaRepository<AccessLink, Long> {

    @Query("select l.id from AccessLink l where l.link.tokenHash = :hash")
    Optional<Long> findIdByTokenHash(String hash);

    @Query("select l.id from AccessLink l where l.link.previousTokenHash = :hash")
    Optional<Long> findIdByPreviousTokenHash(String hash);

    /** What a link points at, read without locking and without loading the link into the persistence context. */
    @Query("select l.targetId from AccessLink l where l.id = :id and l.purpose = :purpose")
    Optional<Long> findTargetId(long id, AccessLink.Purpose purpose);

    /** Locked: a link followed twice at once is used once; a letter going out mints one token at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from AccessLink l where l.id = :id")
    Optional<AccessLink> lockById(long id);

    List<AccessLink> findByPurposeAndTargetId(AccessLink.Purpose purpose, long targetId);

    /** Removes the links of a purpose that expired before {@code before}; returns how many. */
    @Modifying
    @Query("delete from AccessLink l where l.purpose = :purpose and l.link.expiresAt < :before")
    int deleteExpired(AccessLink.Purpose purpose, Instant before);
}
