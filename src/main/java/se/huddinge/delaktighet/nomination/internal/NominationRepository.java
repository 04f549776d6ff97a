package se.huddinge.delaktighet.nomination.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import se.huddinge.delaktighet.nomination.NominationStatus;
import se.huddinge.delaktighet.nomination.NomineeKind;

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

    List<Nomination> findByRoundIdAndStatusOrderByReferenceAsc(long roundId, NominationStatus status);

    long countByRoundIdAndStatus(long roundId, NominationStatus status);

    /** A round's confirmed nomination and the member's review of it: {@code recused} is null while they have none. */
    interface ItemRow {
        Long getId();
        String getReference();
        String getNomineeName();
        NomineeKind getKind();
        Boolean getRecused();
    }

    /** A page of the round's confirmed nominations by reference, each with the member's review (anyone may nominate). */
    @Query("select n.id as id, n.reference as reference, n.nomineeName as nomineeName, n.nomineeKind as kind, "
            + "r.recused as recused from Nomination n "
            + "left join NominationReview r on r.nominationId = n.id and r.member = :member "
            + "where n.roundId = :roundId and n.status = 'CONFIRMED' order by n.reference")
    List<ItemRow> findItems(long roundId, String member, Pageable rows);

    /**
     * A line of the ranking: the mean of the members' means (a member's mean is that of their scores; a recusal has
     * none), how many scored, how many recused, the spread of the means, whether the member asking has scored, and
     * whether they recused.
     */
    interface RankRow {
        Long getId();
        String getReference();
        String getNomineeName();
        Double getMean();
        Number getScorers();
        Number getRecused();
        Double getSpread();
        Number getMine();
        Number getMineRecused();
    }

    /**
     * A page of the round's ranking, counted by the database: by mean, highest first, then by reference. The mean
     * orders a line only where the asker may see it ({@code everyone}, or they scored it themselves); the others come
     * last, as if they had none.
     */
    @Query(value = "select n.id as id, n.reference as reference, n.nominee_name as nomineeName, avg(m.mean) as mean, "
            + "count(m.mean) as scorers, count(m.recused_id) as recused, max(m.mean) - min(m.mean) as spread, "
            + "coalesce(max(m.mine), 0) as mine, coalesce(max(m.mine_recused), 0) as mineRecused from nomination n "
            + "left join (select r.nomination_id, if(r.recused, r.id, null) as recused_id, r.member = :member and not "
            + "r.recused as mine, r.member = :member and r.recused as mine_recused, if(r.recused, null, (select avg(s.score * 1e0) from nomination_score s "
            + "where s.review_id = r.id)) as mean from nomination_review r) m on m.nomination_id = n.id "
            + "where n.round_id = :roundId and n.status = 'CONFIRMED' group by n.id, n.reference, n.nominee_name "
            + "order by if(:everyone or coalesce(max(m.mine), 0), avg(m.mean), null) is null, "
            + "if(:everyone or coalesce(max(m.mine), 0), avg(m.mean), null) desc, n.reference", nativeQuery = true)
    List<RankRow> findRanking(long roundId, String member, boolean everyone, Pageable rows);

    /** The confirmed nomination before this reference in the round's list, and the one after. */
    @Query("select n.id from Nomination n where n.roundId = :roundId and n.status = 'CONFIRMED' "
            + "and n.reference < :reference order by n.reference desc")
    List<Long> findBefore(long roundId, String reference, Limit limit);

    @Query("select n.id from Nomination n where n.roundId = :roundId and n.status = 'CONFIRMED' "
            + "and n.reference > :reference order by n.reference")
    List<Long> findAfter(long roundId, String reference, Limit limit);

    List<Nomination> findByRoundId(long roundId);

    List<Nomination> findByNominatorEmailOrderBySubmittedAtDesc(String email);

    boolean existsByNominatorEmail(String email);

    @Query("select max(n.submittedAt) from Nomination n where n.roundId = :roundId")
    Optional<Instant> newestSubmission(long roundId);

    List<Nomination> findByRoundIdAndWonTrueOrderByReferenceAsc(long roundId);
}
