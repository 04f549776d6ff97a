package se.huddinge.delaktighet.notification;

/** Where a letter is on its way out. */
public enum LetterStatus {
    /** Written, waiting for (another) delivery attempt. */
    PENDING,
    /** Being handed to the SMTP server right now. */
    SENDING,
    /** The SMTP server took it. */
    SENT,
    /** The SMTP server refused it for good (a 5xx answer); staff see the reason. */
    FAILED,
    /**
     * A letter by post to a resident without e-mail (DD40), waiting in the print queue; the SMTP delivery never takes
     * it ({@code PENDING} only). It is {@link #SENT} when an officer marks it printed.
     */
    TO_PRINT
}
