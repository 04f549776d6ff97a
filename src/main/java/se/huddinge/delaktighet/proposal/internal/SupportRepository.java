package se.huddinge.delaktighet.proposal.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupportRepository extends JpaRepository<Support, Long> {

    Optional<Support> findByProposalIdAndEmail(Long proposalId, String email);

    long countByProposalIdAndConfirmedAtIsNotNull(Long proposalId);

    List<Support> findByProposalIdAndConfirmedAtIsNotNullAndNotifyOnDecisionTrue(Long proposalId);

    /** The supports an address has confirmed, newest first. */
    List<Support> findByEmailAndConfirmedAtIsNotNullOrderByConfirmedAtDesc(String email);

    boolean existsByEmailAndConfirmedAtIsNotNull(String email);
}
