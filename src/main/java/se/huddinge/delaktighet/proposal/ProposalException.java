package se.huddinge.delaktighet.proposal;

/**
 * A rule of the scheme said no. {@code reason} is a translation key under {@code proposal.error.}, so the view
 * can tell the person why in their language.
 */
public class ProposalException extends RuntimeException {

    /** Why. */
    public enum Reason {
        NOT_FOUND, WRONG_STATE, LINK_INVALID, LINK_EXPIRED, LINK_USED, SUPPORT_CLOSED,
        NOT_WITHDRAWABLE, VERSION_CONFLICT, COMMENTS_CLOSED
    }

    private final Reason reason;

    public ProposalException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
