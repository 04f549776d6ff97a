package se.huddinge.delaktighet.proposal;

/** Where a comment is in its life (DD28). */
public enum CommentStatus {
    /** Written, waiting for the writer to follow the e-mailed link. Not shown. */
    UNCONFIRMED,
    /** Pre-moderation: proven, waiting for an officer to approve it. Not shown. */
    AWAITING,
    /** Shown on the proposal's page. */
    SHOWN,
    /** Reported enough times: hidden until an officer looks. The thread says so. */
    HIDDEN,
    /** Removed by an officer on a ground. The thread says "Kommentaren är borttagen: ground". */
    REMOVED
}
