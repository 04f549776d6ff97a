package se.huddinge.delaktighet.proposal.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SupportRepository extends JpaRepository<Support, Long> {

    Optional<Support> findByProposalIdAndEmail(Long proposalId, String email);

    @Query("select s.proposalId from Support s where s.id = :id")
    Optional<Long> findProposalId(long id);

    /** The support row locked, read fresh (taken after its proposal's row: the lock order of DD10). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Support s where s.id = :id")
    Optional<Support> lockById(long id);

    long countByProposalIdAndConfirmedAtIsNotNull(Long proposalId);

    List<Support> findByProposalIdAndConfirmedAtIsNotNullAndNotifyOnDecisionTrue(Long proposalId);

    /** The supports an address has confirmed, newest first. */
    List<Support> findByEmailAndConfirmedAtIsNotNullOrderByConfirmedAtDesc(String email);

    boolean existsByEmailAndConfirmedAtIsNotNull(String email);
}
