package se.huddinge.delaktighet.proposal;

import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.proposal.internal.TimelineRepository;

/** Records each transition on the timeline with who did it: the audit trail of every decision. */
@Component
class ProposalSteps {

    static final String AUTHOR = "author";
    static final String SYSTEM = "system";

    private final TimelineRepository timeline;

    ProposalSteps(TimelineRepository timeline) {
        this.timeline = timeline;
    }

    void record(Proposal proposal, Instant at, String actor, String note) {
        timeline.save(new TimelineEntry(proposal.getId(), at, proposal.getStatus(), actor, note));
    }

    /** The signed-in member of staff. */
    static String staff() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? SYSTEM : auth.getName();
    }
}
