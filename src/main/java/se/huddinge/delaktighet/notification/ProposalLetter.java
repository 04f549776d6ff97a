package se.huddinge.delaktighet.notification;

/**
 * The catalogue of letters about Huddingeförslag (docs/design.md, "Feedback: silence is never an outcome"): one constant a
 * letter, named after its template. Letters to the author come first, then those to supporters.
 */
enum ProposalLetter implements LetterKind {
    /** The link that proves the author's address. */
    CONFIRM_EMAIL("proposal-confirm-email", true),
    /** Receipt: reference number, moderation date, status page and the link to withdraw. */
    RECEIPT("proposal-receipt"),
    PUBLISHED("proposal-published"),
    /** The ground, where to turn instead, the officer's note and the earlier proposal if any. */
    NOT_PUBLISHED("proposal-not-published"),
    THRESHOLD_REACHED("proposal-threshold-reached"),
    /** The support period ended below the threshold. */
    CLOSED("proposal-closed"),
    REFERRED("proposal-referred"),
    DECIDED("proposal-decided"),
    WITHDRAWN("proposal-withdrawn"),
    /** A due date passed: the new expected date. Never silence. */
    DELAYED("proposal-delayed"),
    /** Closed below the threshold, then a politician took it up: who, where, what next. */
    TAKEN_UP("proposal-taken-up"),

    /** The link that makes a support count. */
    SUPPORT_CONFIRM_EMAIL("support-confirm-email", true),
    /** To an address that asked to support again: it already supports (only this letter may say so, never a page). */
    SUPPORT_ALREADY_COUNTED("support-already-counted", true),
    /** To supporters who opted in: the proposal closed below the threshold. */
    SUPPORTER_CLOSED("supporter-closed"),
    /** To supporters who opted in: the committee's decision. */
    SUPPORTER_DECIDED("supporter-decided"),
    /** To supporters who opted in: a politician took up the proposal after it closed below the threshold. */
    SUPPORTER_TAKEN_UP("supporter-taken-up"),

    /** To the officers' mailbox: a due date is near. */
    OFFICER_REMINDER("officer-reminder"),

    /** The link that makes an address follow a proposal (DD29). */
    FOLLOW_CONFIRM_EMAIL("follow-confirm-email", true),
    /** To the author: the status of the work on their approved proposal changed. */
    IMPLEMENTATION("proposal-implementation"),
    /** To followers and supporters who opted in: the status of the work on the approved proposal changed. */
    SUPPORTER_IMPLEMENTATION("supporter-implementation"),
    /** To the officers' mailbox: an approved proposal's planned date passed without an update. */
    IMPLEMENTATION_REMINDER("implementation-reminder"),
    /** To followers only: the proposal reached the threshold (supporters were not promised this letter). */
    FOLLOWER_THRESHOLD_REACHED("follower-threshold-reached"),
    /** To followers only: the proposal was referred to a committee. */
    FOLLOWER_REFERRED("follower-referred");

    private final String template;
    private final boolean toUnprovenAddress;

    ProposalLetter(String template) {
        this(template, false);
    }

    ProposalLetter(String template, boolean toUnprovenAddress) {
        this.template = template;
        this.toUnprovenAddress = toUnprovenAddress;
    }

    @Override
    public boolean toUnprovenAddress() {
        return toUnprovenAddress;
    }

    @Override
    public String template() {
        return template;
    }
}
