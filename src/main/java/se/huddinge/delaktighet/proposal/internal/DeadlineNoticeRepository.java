package se.huddinge.delaktighet.proposal.internal;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineNoticeRepository extends JpaRepository<DeadlineNotice, Long> {

    boolean existsByProposalIdAndStepAndDueDateAndKind(Long proposalId, String step, LocalDate dueDate, String kind);
}
