package se.huddinge.delaktighet.base;

/** What stands where a name or an address was once its retention period has passed: one mark for every table. */
public final class Anonymised {

    /** Not an e-mail address, so nothing anonymised is ever found by an address or written to. */
    public static final String MARK = "–";

    private Anonymised() {
    }
}
