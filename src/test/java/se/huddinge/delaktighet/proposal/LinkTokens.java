package se.huddinge.delaktighet.proposal;

import org.springframework.test.context.event.ApplicationEvents;

/**
 * The tokens of the e-mailed links, as a resident would take them from their letters: they travel only in the
 * events, which a test records with {@code @RecordApplicationEvents}. The latest link wins when several were sent.
 */
public final class LinkTokens {

    private LinkTokens() {
    }

    public static String confirmProposal(ApplicationEvents events, long proposalId) {
        return events.stream(ProposalEvents.ProposalSubmitted.class).filter(e -> e.proposalId() == proposalId)
                .reduce((first, last) -> last).orElseThrow().confirmToken();
    }

    public static String manage(ApplicationEvents events, long proposalId) {
        return events.stream(ProposalEvents.ProposalConfirmed.class).filter(e -> e.proposalId() == proposalId)
                .reduce((first, last) -> last).orElseThrow().manageToken();
    }

    public static String confirmSupport(ApplicationEvents events, long proposalId) {
        return events.stream(ProposalEvents.SupportRequested.class).filter(e -> e.proposalId() == proposalId)
                .reduce((first, last) -> last).orElseThrow().confirmToken();
    }
}
