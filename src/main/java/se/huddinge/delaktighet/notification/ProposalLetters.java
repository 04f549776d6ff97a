package se.huddinge.delaktighet.notification;

import static se.huddinge.delaktighet.notification.ProposalLetter.*;

import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.proposal.LetterFacts;
import se.huddinge.delaktighet.proposal.ProposalMailing;
import se.huddinge.delaktighet.proposal.ProposalEvents.*;

/**
 * Turns each step of a proposal's life into its letters (the catalogue is {@link ProposalLetter}). Every
 * listener runs in its own transaction after the step has been saved, so the letter is written exactly when
 * the step happened; a replayed event finds the letter already written (same dedup key) and writes nothing. The
 * letters to the supporters who asked to hear are only planned here and written in batches after it
 * ({@link SubscriberLetters}): they may be 100,000.
 * A support being counted sends no letter: the page the supporter lands on says so. A link letter holds the link's
 * marker, not a token (DD13, DD20); two link letters for the same thing (a resident may ask again) differ by the
 * link's id in their dedup key.
 */
@Component
class ProposalLetters {

    private final ProposalLetterWriter writer;
    private final ProposalMailing mailing;
    private final SubscriberLetters subscribers;

    ProposalLetters(ProposalLetterWriter writer, ProposalMailing mailing, SubscriberLetters subscribers) {
        this.writer = writer;
        this.mailing = mailing;
        this.subscribers = subscribers;
    }

    @ApplicationModuleListener
    void on(ProposalSubmitted event) {
        writer.toAuthor(CONFIRM_EMAIL, proposal(event.proposalId()),
                Map.of("confirmLink", new LetterLink("forslag/bekrafta/", event.confirmLink())),
                event.confirmLink().id());
    }

    @ApplicationModuleListener
    void on(ProposalConfirmed event) {
        writer.toAuthor(RECEIPT, proposal(event.proposalId()),
                Map.of("manageLink", new LetterLink("forslag/hantera/", event.manageLink())));
    }

    @ApplicationModuleListener
    void on(ProposalPublished event) {
        toAuthor(PUBLISHED, event.proposalId());
    }

    @ApplicationModuleListener
    void on(ProposalNotPublished event) {
        toAuthor(NOT_PUBLISHED, event.proposalId());
    }

    @ApplicationModuleListener
    void on(ThresholdReached event) {
        toAuthor(THRESHOLD_REACHED, event.proposalId());
        subscribers.plan(FOLLOWER_THRESHOLD_REACHED, event.proposalId(), null);
    }

    @ApplicationModuleListener
    void on(ProposalClosed event) {
        toAuthorAndSubscribers(CLOSED, SUPPORTER_CLOSED, event.proposalId());
    }

    @ApplicationModuleListener
    void on(ProposalReferred event) {
        toAuthor(REFERRED, event.proposalId());
        subscribers.plan(FOLLOWER_REFERRED, event.proposalId(), null);
    }

    @ApplicationModuleListener
    void on(ProposalDecided event) {
        toAuthorAndSubscribers(DECIDED, SUPPORTER_DECIDED, event.proposalId());
    }

    @ApplicationModuleListener
    void on(ProposalWithdrawn event) {
        toAuthor(WITHDRAWN, event.proposalId());
    }

    @ApplicationModuleListener
    void on(SupportRequested event) {
        LetterFacts.Subscriber supporter = mailing.supporter(event.supportId());
        writer.toResident(SUPPORT_CONFIRM_EMAIL, proposal(event.proposalId()), supporter,
                Map.of("confirmLink", new LetterLink("stod/bekrafta/", event.confirmLink())),
                event.supportId(), event.confirmLink().id());
    }

    @ApplicationModuleListener
    void on(SupportRepeated event) {
        var supporter = mailing.supporter(event.supportId());
        writer.toResident(SUPPORT_ALREADY_COUNTED, proposal(event.proposalId()),
                new LetterFacts.Subscriber(supporter.email(), event.language()), Map.of(),
                event.supportId(), event.at().toEpochMilli());
    }

    private void toAuthor(ProposalLetter kind, long proposalId) {
        writer.toAuthor(kind, proposal(proposalId), Map.of());
    }

    /**
     * The author's letter about a step, and the round of letters to the supporters who asked to hear about it, which
     * are written in batches after this transaction ({@link SubscriberLetters}).
     */
    private void toAuthorAndSubscribers(ProposalLetter toAuthor, ProposalLetter toSubscribers, long proposalId) {
        writer.toAuthor(toAuthor, mailing.letterFacts(proposalId), Map.of());
        subscribers.plan(toSubscribers, proposalId, null);
    }

    private LetterFacts proposal(long id) {
        return mailing.letterFacts(id);
    }
}
