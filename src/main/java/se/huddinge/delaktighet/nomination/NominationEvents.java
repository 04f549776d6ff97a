package se.huddinge.delaktighet.nomination;

import java.util.List;
import se.huddinge.delaktighet.base.LinkRef;

/**
 * The events of a prize round, past tense, carrying ids; the notification module turns them into letters. No event
 * carries a token: the one that leads to a link letter names the link, whose token is minted as the letter leaves.
 */
public final class NominationEvents {

    private NominationEvents() {
    }

    /** A nomination was saved: the nominator gets the link that proves their address. */
    public record NominationSubmitted(long nominationId, LinkRef confirmLink) {
    }

    /** The nominator proved the address before the deadline: the nomination counts (receipt). */
    public record NominationConfirmed(long nominationId) {
    }

    /** The nominator followed the link after the deadline: the nomination does not count (told so by letter). */
    public record NominationConfirmedTooLate(long nominationId) {
    }

    /** The winners of a round were published on its announcement day: every nominator hears the outcome. */
    public record WinnersPublished(long roundId) {
    }

    /** An officer reminded the members who have not scored every nomination. */
    public record ScoringReminderSent(long roundId, java.time.Instant sentAt, List<Member> members) {
    }

    /** A committee member, as the reminder letter addresses them, and how many nominations they have left. */
    public record Member(String username, String name, String email, int remaining) {
    }
}
