package se.huddinge.delaktighet.notification;

/** The answers to a request for "Mina inskick": one of the two goes out for every request that was accepted. */
enum MySubmissionsLetter implements LetterKind {
    /** The one-time link to the list. */
    LINK("my-submissions-link"),
    /** Nothing was found from the address: no link, and where to look instead. */
    NONE("my-submissions-none");

    private final String template;

    MySubmissionsLetter(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
