package se.huddinge.delaktighet.proposal.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import se.huddinge.delaktighet.proposal.TimelineEntry;

public interface TimelineRepository extends JpaRepository<TimelineEntry, Long> {

    List<TimelineEntry> findByProposalIdOrderByAtAscIdAsc(Long proposalId);
}
