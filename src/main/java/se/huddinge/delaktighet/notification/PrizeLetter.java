package se.huddinge.delaktighet.notification;

/** The catalogue of letters about Demokratipriset: one constant a letter, named after its template. */
enum PrizeLetter implements LetterKind {
    /** The link that proves the nominator's address; the nomination counts when it is followed in time. */
    CONFIRM_EMAIL("prize-confirm-email", true),
    /** Receipt: the reference number, the deadline, when the winners are announced. */
    RECEIPT("prize-receipt"),
    /** The link was followed after the deadline: the nomination does not count. */
    TOO_LATE("prize-too-late"),
    /** To the nominator: their nominee won, with the citation. */
    WON("prize-outcome-won"),
    /** To the nominator: their nominee was not chosen, with thanks. */
    NOT_CHOSEN("prize-outcome-not-chosen"),
    /** To a winner, where the nominator gave the nominee's address. */
    TO_WINNER("prize-winner"),
    /** To a committee member who has nominations left to score. */
    SCORING_REMINDER("prize-scoring-reminder");

    private final String template;
    private final boolean toUnprovenAddress;

    PrizeLetter(String template) {
        this(template, false);
    }

    PrizeLetter(String template, boolean toUnprovenAddress) {
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
