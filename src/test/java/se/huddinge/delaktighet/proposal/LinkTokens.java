package se.huddinge.delaktighet.proposal;

import org.springframework.test.context.event.ApplicationEvents;
import se.huddinge.delaktighet.SentLinks;

/**
 * The tokens of the e-mailed links, as a resident would take them from their letters: the events (recorded with
 * {@code @RecordApplicationEvents}) name the link, and its token is minted as the letter mints it
 * ({@link SentLinks}). The latest link wins when several were sent.
 */
public final class LinkTokens {

    private LinkTokens() {
    }

    public static String confirmProposal(ApplicationEvents events, long proposalId) {
        return SentLinks.token(events.stream(ProposalEvents.ProposalSubmitted.class).filter(e -> e.proposalId() == proposalId)
                .reduce((first, last) -> last).orElseThrow().confirmLink());
    }

    public static String manage(ApplicationEvents events, long proposalId) {
        return SentLinks.token(events.stream(ProposalEvents.ProposalConfirmed.class).filter(e -> e.proposalId() == proposalId)
                .reduce((first, last) -> last).orElseThrow().manageLink());
    }

    public static String confirmSupport(ApplicationEvents events, long proposalId) {
        return SentLinks.token(events.stream(ProposalEvents.SupportRequested.class).filter(e -> e.proposalId() == proposalId)
                .reduce((first, last) -> last).orElseThrow().confirmLink());
    }
}
