package se.huddinge.delaktighet.proposal.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImplementationUpdateRepository extends JpaRepository<ImplementationUpdate, Long> {

    List<ImplementationUpdate> findByProposalIdOrderByAtAscIdAsc(long proposalId);
}
