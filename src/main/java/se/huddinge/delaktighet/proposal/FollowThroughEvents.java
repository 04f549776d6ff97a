package se.huddinge.delaktighet.proposal;

import java.time.LocalDate;
import se.huddinge.delaktighet.base.LinkRef;

/**
 * The events of following a proposal and of an approved proposal's follow-through (DD29), past tense, carrying ids;
 * the notification module turns them into letters.
 */
public final class FollowThroughEvents {

    private FollowThroughEvents() {
    }

    /** A resident asked to follow a proposal: they get the link that proves their address. */
    public record FollowRequested(long followId, long proposalId, LinkRef confirmLink) {
    }

    /** The officers saved an implementation record whose status changed: the author and the subscribers hear. */
    public record ImplementationStatusChanged(long proposalId, long updateId) {
    }

    /** An open implementation record's planned date passed without an update: officers are reminded, once a date. */
    public record ImplementationOverdue(long proposalId, LocalDate plannedDate) {
    }
}
