package se.huddinge.delaktighet.notification;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.LetterFacts;
import se.huddinge.delaktighet.proposal.ProposalMailing;
import se.huddinge.delaktighet.proposal.ProposalEvents.ProposalTakenUp;
import se.huddinge.delaktighet.proposal.ProposalTakeUps;
import se.huddinge.delaktighet.proposal.TakenUp;

/**
 * A politician took up a proposal that closed below the threshold: the author hears what happened, who took it up
 * and where, what happens next and where to follow it; so do the supporters who asked to hear about the proposal.
 * The author's letter is written in the listener's own transaction after the step (the outbox), the supporters' in
 * batches after it ({@link SubscriberLetters}); one letter per take-up and reader, also when the proposal is taken up
 * again by someone else.
 */
@Component
class TakeUpLetters {

    private final ProposalLetterWriter writer;
    private final ProposalMailing mailing;
    private final ProposalTakeUps takeUps;
    private final SubscriberLetters subscribers;

    TakeUpLetters(ProposalLetterWriter writer, ProposalMailing mailing, ProposalTakeUps takeUps,
                  SubscriberLetters subscribers) {
        this.writer = writer;
        this.mailing = mailing;
        this.takeUps = takeUps;
        this.subscribers = subscribers;
    }

    @ApplicationModuleListener
    void on(ProposalTakenUp event) {
        LetterFacts facts = mailing.letterFacts(event.proposalId());
        TakenUp takeUp = takeUps.get(event.takeUpId());
        writer.toAuthor(ProposalLetter.TAKEN_UP, facts, words(takeUp, facts.language()), takeUp.id());
        subscribers.plan(ProposalLetter.SUPPORTER_TAKEN_UP, facts.id(), takeUp.id());
    }

    /** The take-up in the reader's words: the date written out with the weekday. */
    static Map<String, Object> words(TakenUp t, String language) {
        Locale locale = PortalI18n.supported(Locale.forLanguageTag(language == null ? "" : language));
        var m = new HashMap<String, Object>();
        m.put("takenUpBy", t.takenUpBy());
        m.put("takenUpBody", t.body());
        m.put("takenUpOn", Dates.longDate(t.takenUpOn(), locale));
        if (t.caseRef() != null) {
            m.put("takenUpCase", t.caseRef());
        }
        if (t.note() != null) {
            m.put("takenUpNote", t.note());
        }
        return m;
    }
}
