package se.huddinge.delaktighet.nomination;

import java.time.Instant;

/** A nomination step that cannot be taken, with the reason the page and the letter put in words. */
public class NominationException extends RuntimeException {

    /** Why. */
    public enum Reason { NO_ROUND, NOT_OPEN, CLOSED, LINK_INVALID, LINK_USED, LINK_EXPIRED, NOT_FOUND }

    private final Reason reason;
    private final Instant closesAt;

    public NominationException(Reason reason, Instant closesAt) {
        super(reason.name());
        this.reason = reason;
        this.closesAt = closesAt;
    }

    public NominationException(Reason reason) {
        this(reason, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The deadline, for {@link Reason#CLOSED} and {@link Reason#NOT_OPEN} (then the opening). */
    public Instant closesAt() {
        return closesAt;
    }
}
