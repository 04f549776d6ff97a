package se.huddinge.delaktighet.proposal.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import se.huddinge.delaktighet.proposal.Proposal;
import se.huddinge.delaktighet.proposal.ProposalStatus;

public interface ProposalRepository extends JpaRepository<Proposal, Long>, JpaSpecificationExecutor<Proposal> {

    Optional<Proposal> findByReference(String reference);

    /** The id behind a reference, read without loading the proposal (so a later {@link #lockById} reads it fresh). */
    @Query("select p.id from Proposal p where p.reference = :reference")
    Optional<Long> findIdByReference(String reference);

    /** The proposal row locked for this transaction, read fresh. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Proposal p where p.id = :id")
    Optional<Proposal> lockById(long id);

    /**
     * Counts one support: one atomic update, the only statement that changes {@code support_count} (DD35). It locks
     * the proposal's row until the commit, so it is the last statement of a confirmation. Returns 0 when the proposal
     * no longer takes supports at {@code now} (or does not exist): nothing was counted. The persistence context is
     * flushed before and cleared after, so the proposal is read fresh afterwards.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Proposal p set p.supportCount = p.supportCount + 1 where p.id = :id "
            + "and p.status in ('PUBLISHED', 'THRESHOLD_REACHED') and p.supportEndsAt > :now")
    int countSupport(long id, Instant now);

    List<Proposal> findByStatusOrderByConfirmedAtAscIdAsc(ProposalStatus status, Pageable rows);

    List<Proposal> findByStatusInOrderByThresholdReachedAtAscIdAsc(Collection<ProposalStatus> statuses, Pageable rows);

    long countByStatusIn(Collection<ProposalStatus> statuses);

    @Query("select p.id from Proposal p where p.status = 'PUBLISHED' and p.supportEndsAt <= :now")
    List<Long> findEndedSupportPeriods(Instant now);

    /** Titles like the one being typed: MariaDB's full-text search, public proposals only. */
    @Query(value = "select * from proposal where status in ('PUBLISHED','CLOSED_BELOW_THRESHOLD','THRESHOLD_REACHED',"
            + "'REFERRED','DECIDED') and match(title) against (:words in natural language mode) "
            + "order by match(title) against (:words in natural language mode) desc limit 5", nativeQuery = true)
    List<Proposal> findSimilarTitles(String words);

    @Query("select p from Proposal p where p.status in :statuses and p.confirmedAt >= :since order by p.confirmedAt desc")
    List<Proposal> findRecent(Collection<ProposalStatus> statuses, Instant since, Limit limit);

    List<Proposal> findByAuthorEmailOrderBySubmittedAtDesc(String email);

    boolean existsByAuthorEmail(String email);

    long countByStatus(ProposalStatus status);

    /**
     * Numbers of proposals in these states with the time of their latest step, in id order, a page at a time (the
     * sitemap): a projection, so no text is read.
     */
    @Query("select p.reference as reference, coalesce(p.decidedAt, p.referredAt, p.closedAt, p.thresholdReachedAt, "
            + "p.publishedAt) as changedAt from Proposal p where p.status in :statuses order by p.id")
    List<ReferenceAndTime> findReferencesByStatusIn(Collection<ProposalStatus> statuses, Pageable rows);

    /** A proposal's number and a time. */
    interface ReferenceAndTime {
        String getReference();

        Instant getChangedAt();
    }
}
