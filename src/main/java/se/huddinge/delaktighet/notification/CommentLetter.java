package se.huddinge.delaktighet.notification;

/** The catalogue of letters about comments (DD28): one constant a letter, named after its template. */
enum CommentLetter implements LetterKind {
    /** The link that proves a commenter's address. */
    CONFIRM_EMAIL("comment-confirm-email", true),
    /** To a commenter who asked: a reply to their comment, with a link that stops such letters. */
    REPLY("comment-reply"),
    /** To the author who asked: the day's new comments, at most one a day, with a link that stops it. */
    DIGEST("comment-digest"),
    /** To a commenter: an officer removed the comment; the ground and where to turn. */
    REMOVED("comment-removed");

    private final String template;
    private final boolean toUnprovenAddress;

    CommentLetter(String template) {
        this(template, false);
    }

    CommentLetter(String template, boolean toUnprovenAddress) {
        this.template = template;
        this.toUnprovenAddress = toUnprovenAddress;
    }

    @Override
    public String template() {
        return template;
    }

    @Override
    public boolean toUnprovenAddress() {
        return toUnprovenAddress;
    }
}
