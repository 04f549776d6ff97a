package se.huddinge.delaktighet.notification;

import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.nomination.NominationEvents.NominationConfirmed;
import se.huddinge.delaktighet.nomination.NominationEvents.NominationConfirmedTooLate;
import se.huddinge.delaktighet.nomination.NominationEvents.NominationSubmitted;
import se.huddinge.delaktighet.nomination.NominationEvents.ScoringReminderSent;
import se.huddinge.delaktighet.nomination.NominationEvents.WinnersPublished;
import se.huddinge.delaktighet.nomination.NominationMailing;
import se.huddinge.delaktighet.nomination.PrizeRounds;

/**
 * Turns each step of a prize round into its letters (the catalogue is {@link PrizeLetter}), each in its own
 * transaction after the step was saved; a replayed event finds its letters already written (same dedup keys).
 */
@Component
class PrizeLetters {

    private final PrizeLetterWriter writer;
    private final NominationMailing nominations;
    private final PrizeRounds rounds;

    PrizeLetters(PrizeLetterWriter writer, NominationMailing nominations, PrizeRounds rounds) {
        this.writer = writer;
        this.nominations = nominations;
        this.rounds = rounds;
    }

    @ApplicationModuleListener
    void on(NominationSubmitted event) {
        writer.toNominator(PrizeLetter.CONFIRM_EMAIL, nominations.facts(event.nominationId()),
                Map.of("confirmLink", new LetterLink("demokratipriset/bekrafta/", event.confirmLink())));
    }

    @ApplicationModuleListener
    void on(NominationConfirmed event) {
        writer.toNominator(PrizeLetter.RECEIPT, nominations.facts(event.nominationId()), Map.of());
    }

    @ApplicationModuleListener
    void on(NominationConfirmedTooLate event) {
        writer.toNominator(PrizeLetter.TOO_LATE, nominations.facts(event.nominationId()), Map.of());
    }

    /** Every nominator hears the outcome; a winner whose address was given hears it too. */
    @ApplicationModuleListener
    void on(WinnersPublished event) {
        for (var facts : nominations.countingFacts(event.roundId())) {
            writer.toNominator(facts.won() ? PrizeLetter.WON : PrizeLetter.NOT_CHOSEN, facts, Map.of());
            if (facts.won() && facts.nomineeContact() != null) {
                writer.toNominee(PrizeLetter.TO_WINNER, facts);
            }
        }
    }

    @ApplicationModuleListener
    void on(ScoringReminderSent event) {
        var round = rounds.find(event.roundId()).orElseThrow();
        for (var member : event.members()) {
            writer.toStaff(PrizeLetter.SCORING_REMINDER, round, member.email(),
                    Map.of("memberName", member.name(), "remaining", member.remaining()),
                    event.roundId(), member.username(), event.sentAt());
        }
    }
}
