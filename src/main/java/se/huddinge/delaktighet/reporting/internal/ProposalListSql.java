package se.huddinge.delaktighet.reporting.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import se.huddinge.delaktighet.proposal.WaitingStep;
import se.huddinge.delaktighet.reporting.StaffFilter;

/**
 * The staff list's WHERE and ORDER BY from a filter. Every filter and order has an index (V20); the search uses the
 * full-text index on title and text, in boolean mode with each word as a required prefix.
 */
public final class ProposalListSql {

    private static final Pattern REFERENCE = Pattern.compile("(?i)HF-\\d{4}-\\d{1,6}");
    /** InnoDB's full-text index leaves out words shorter than this (innodb_ft_min_token_size). */
    private static final int MIN_WORD = 3;

    private final String where;
    private final MapSqlParameterSource params = new MapSqlParameterSource();

    public ProposalListSql(StaffFilter f, LocalDate today, ZoneId zone) {
        var clauses = new ArrayList<String>();
        clauses.add("p.status <> 'SUBMITTED'");
        String text = f.text() == null ? "" : f.text().strip();
        if (REFERENCE.matcher(text).matches()) {
            clauses.add("p.reference = :reference");
            params.addValue("reference", text.toUpperCase(Locale.ROOT));
        } else if (!text.isEmpty()) {
            clauses.add("match(p.title, p.body) against (:words in boolean mode)");
            params.addValue("words", booleanQuery(text));
        }
        add(clauses, "p.status = :status", "status", f.status() == null ? null : f.status().name());
        add(clauses, "p.district = :district", "district", f.district());
        add(clauses, "p.category = :category", "category", f.category());
        add(clauses, "p.committee = :committee", "committee", f.committee());
        if (f.year() != null) {
            clauses.add("p.submitted_at >= :yearFrom and p.submitted_at < :yearTo");
            params.addValue("yearFrom", Timestamps.utc(LocalDate.of(f.year(), 1, 1).atStartOfDay(zone).toInstant()));
            params.addValue("yearTo", Timestamps.utc(LocalDate.of(f.year() + 1, 1, 1).atStartOfDay(zone).toInstant()));
        }
        if (f.overdue()) {
            // the status condition is implied by the due date (none for other statuses); it lets the index narrow
            clauses.add(WaitingStep.sqlWaiting("p") + " and " + WaitingStep.sql("p") + " < :today");
            params.addValue("today", today);
        }
        where = " where " + String.join(" and ", clauses);
    }

    private void add(List<String> clauses, String clause, String name, String value) {
        if (value != null && !value.isBlank()) {
            clauses.add(clause);
            params.addValue(name, value);
        }
    }

    /** Each word a required prefix ({@code +word*}); the operators of boolean mode are taken as spaces. */
    static String booleanQuery(String text) {
        String[] words = text.replaceAll("[+\\-<>()~*\"@]", " ").strip().split("\\s+");
        var terms = Arrays.stream(words).filter(w -> w.length() >= MIN_WORD).map(w -> "+" + w + "*").toList();
        // only short words: search for them anyway rather than for everything
        return terms.isEmpty() ? String.join(" ", words) : String.join(" ", terms);
    }

    public String where() {
        return where;
    }

    public MapSqlParameterSource params() {
        return params;
    }

    public String orderBy(StaffFilter f) {
        String dir = f.ascending() ? " asc" : " desc";
        String column = switch (f.sort() == null ? StaffFilter.Sort.SUBMITTED : f.sort()) {
            case SUBMITTED -> "p.submitted_at";
            case TITLE -> "p.title";
            case SUPPORTS -> "p.support_count";
            case REFERENCE -> "p.reference";
        };
        return " order by " + column + dir + ", p.id" + dir;
    }
}
