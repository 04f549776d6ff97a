package se.huddinge.delaktighet.proposal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.LinkSettings;
import se.huddinge.delaktighet.proposal.ProposalEvents.ProposalClosed;
import se.huddinge.delaktighet.proposal.ProposalEvents.ProposalDecided;
import se.huddinge.delaktighet.proposal.ProposalEvents.ProposalNotPublished;
import se.huddinge.delaktighet.proposal.ProposalEvents.ProposalWithdrawn;

/**
 * The author's own link lives as long as the proposal's matter: when it ends (not published, closed below the
 * threshold, decided, withdrawn) the link keeps working for {@link LinkSettings#manageAfterEnd()} more, so the
 * author can still read the outcome, and then stops. Runs in the transaction of the step that ended the matter
 * (a plain listener, called while the step publishes its event).
 */
@Component
class ManageLinkLife {

    private final Links links;
    private final LinkSettings settings;
    private final Clock clock;

    ManageLinkLife(Links links, LinkSettings settings, Clock clock) {
        this.links = links;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void on(ProposalNotPublished event) {
        end(event.proposalId());
    }

    @EventListener
    void on(ProposalClosed event) {
        end(event.proposalId());
    }

    @EventListener
    void on(ProposalDecided event) {
        end(event.proposalId());
    }

    @EventListener
    void on(ProposalWithdrawn event) {
        end(event.proposalId());
    }

    private void end(long proposalId) {
        links.endManageLinks(proposalId, clock.instant().plus(settings.manageAfterEnd()));
    }
}
