package se.huddinge.delaktighet.reporting.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import se.huddinge.delaktighet.nomination.PrizeReview.MyState;
import se.huddinge.delaktighet.reporting.NominationFilter;

/**
 * The staff list of nominations' FROM, WHERE and ORDER BY from a filter. Every filter and order has an index (V70);
 * the search uses the full-text index on the nominee's name and tie. Nominations whose address is not yet proven
 * are not listed (like unconfirmed proposals).
 */
public final class NominationListSql {

    /** The member's own review of nomination {@code n}, if any ({@code v}): at most one (unique per member). */
    public static final String MY_REVIEW = "left join nomination_review v on v.nomination_id = n.id and v.member = :me";
    /** The member has neither scored the nomination nor stepped aside: the overview's "awaiting my scores" too. */
    public static final String NOT_REVIEWED_BY_ME = "v.id is null";

    /** Nominations alone (with the member's own review): the round's year is read per row, so the order can come
     * from the nomination's own index instead of a sort after a join. */
    public static final String FROM = "from nomination n " + MY_REVIEW;
    /** The round's year of nomination {@code n}. */
    public static final String YEAR = "(select r.round_year from prize_round r where r.id = n.round_id)";

    private static final Pattern REFERENCE = Pattern.compile("(?i)DP-\\d{4}-\\d{1,6}");

    private final ListSql sql = new ListSql();

    public NominationListSql(NominationFilter f, String me) {
        sql.where("n.status <> 'AWAITING_CONFIRMATION'").param("me", me);
        String text = f.text() == null ? "" : f.text().strip();
        if (REFERENCE.matcher(text).matches()) {
            sql.whenChosen("n.reference = :reference", "reference", text.toUpperCase(Locale.ROOT));
        } else {
            sql.search("n.nominee_name, n.nominee_tie", text);
        }
        sql.whenChosen("n.round_id in (select r.id from prize_round r where r.round_year = :year)", "year", f.year())
                .whenChosen("n.status = :status", "status", f.status() == null ? null : f.status().name())
                .whenChosen("n.nominee_kind = :kind", "kind", f.kind() == null ? null : f.kind().name());
        if (f.mine() != null) {
            sql.where(f.mine() == MyState.TO_SCORE ? NOT_REVIEWED_BY_ME
                    : "v.recused = " + (f.mine() == MyState.RECUSED));
        }
    }

    public ListSql sql() {
        return sql;
    }

    public static String orderBy(NominationFilter f) {
        String column = switch (f.sort() == null ? NominationFilter.Sort.SUBMITTED : f.sort()) {
            case SUBMITTED -> "n.submitted_at";
            case NOMINEE -> "n.nominee_name";
            case REFERENCE -> "n.reference";
        };
        return ListSql.orderBy(column, f.ascending(), "n.id");
    }
}
