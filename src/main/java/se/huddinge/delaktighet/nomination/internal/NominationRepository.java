package se.huddinge.delaktighet.nomination.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import se.huddinge.delaktighet.nomination.Nomination;

public interface NominationRepository extends JpaRepository<Nomination, Long> {

    @Query("select n.id from Nomination n where n.link.tokenHash = :hash")
    Optional<Long> findIdByTokenHash(String hash);

    @Query("select n.id from Nomination n where n.link.previousTokenHash = :hash")
    Optional<Long> findIdByPreviousTokenHash(String hash);

    /** Locked: a link followed twice at once confirms once; its token is minted as the letter leaves. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from Nomination n where n.id = :id")
    Optional<Nomination> lockById(long id);

    /**
     * Mints the confirmation link's token ({@link se.huddinge.delaktighet.base.OneTimeLink#mint(
     * java.util.function.ToIntFunction)}): the link's two columns only, the version untouched.
     */
    @Modifying
    @Query("update Nomination n set n.link.previousTokenHash = n.link.tokenHash, n.link.tokenHash = :hash "
            + "where n.id = :id and n.link.tokenHash is not null")
    int mintLink(long id, String hash);

    List<Nomination> findByRoundIdAndStatusOrderByReferenceAsc(long roundId, Nomination.Status status);

    List<Nomination> findByRoundId(long roundId);

    List<Nomination> findByNominatorEmailOrderBySubmittedAtDesc(String email);

    boolean existsByNominatorEmail(String email);

    @Query("select max(n.submittedAt) from Nomination n where n.roundId = :roundId")
    Optional<Instant> newestSubmission(long roundId);

    List<Nomination> findByRoundIdAndWonTrueOrderByReferenceAsc(long roundId);
}
