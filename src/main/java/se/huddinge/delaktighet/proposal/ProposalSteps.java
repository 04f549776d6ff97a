package se.huddinge.delaktighet.proposal;

import java.time.Instant;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.proposal.internal.TimelineRepository;
import se.huddinge.delaktighet.security.SignedIn;

/** Records each transition on the timeline with who did it: the audit trail of every decision. */
@Component
class ProposalSteps {

    static final String AUTHOR = "author";
    static final String SYSTEM = "system";

    private final TimelineRepository timeline;
    private final SignedIn signedIn;

    ProposalSteps(TimelineRepository timeline, SignedIn signedIn) {
        this.timeline = timeline;
        this.signedIn = signedIn;
    }

    void record(Proposal proposal, Instant at, String actor, String note) {
        timeline.save(new TimelineEntry(proposal.getId(), at, proposal.getStatus(), actor, note));
    }

    /** The signed-in member of staff. */
    String staff() {
        return signedIn.username().orElse(SYSTEM);
    }
}
