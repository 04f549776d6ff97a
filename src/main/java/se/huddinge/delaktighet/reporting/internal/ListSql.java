package se.huddinge.delaktighet.reporting.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The WHERE clause and its parameters of a staff list, built from its filters: the parts every list has (a value
 * that must match when chosen, the year of a time column, full-text search) written once. Each list adds only the
 * conditions that are its own.
 */
public final class ListSql {

    /** InnoDB's full-text index leaves out words shorter than this (innodb_ft_min_token_size). */
    private static final int MIN_WORD = 3;

    private final List<String> clauses = new ArrayList<>();
    private final MapSqlParameterSource params = new MapSqlParameterSource();

    /** A condition that always holds for this list. */
    public ListSql where(String clause) {
        clauses.add(clause);
        return this;
    }

    /** {@code clause} with {@code :name} bound to {@code value}, when a value is chosen (not null, not blank). */
    public ListSql whenChosen(String clause, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            clauses.add(clause);
            params.addValue(name, value);
        }
        return this;
    }

    public ListSql param(String name, Object value) {
        params.addValue(name, value);
        return this;
    }

    /** The time column falls in the year (in {@code zone}), when a year is chosen; a range, so its index is used. */
    public ListSql inYear(String column, Integer year, ZoneId zone) {
        if (year != null) {
            String name = column.replaceAll("\\W", "_");
            clauses.add(column + " >= :" + name + "From and " + column + " < :" + name + "To");
            params.addValue(name + "From", Timestamps.utc(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant()));
            params.addValue(name + "To", Timestamps.utc(LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant()));
        }
        return this;
    }

    /** The words (each the start of a word) in the columns' full-text index (MariaDB FULLTEXT, boolean mode). */
    public ListSql search(String columns, String text) {
        String words = text == null ? "" : text.strip();
        if (!words.isEmpty()) {
            clauses.add("match(" + columns + ") against (:words in boolean mode)");
            params.addValue("words", booleanQuery(words));
        }
        return this;
    }

    public String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    public MapSqlParameterSource params() {
        return params;
    }

    /** An order by one column, the id breaking ties in the same direction (so paging is stable and indexed). */
    public static String orderBy(String column, boolean ascending, String id) {
        String dir = ascending ? " asc" : " desc";
        return " order by " + column + dir + ", " + id + dir;
    }

    /** Each word a required prefix ({@code +word*}); the operators of boolean mode are taken as spaces. */
    static String booleanQuery(String text) {
        String[] words = text.replaceAll("[+\\-<>()~*\"@]", " ").strip().split("\\s+");
        var terms = Arrays.stream(words).filter(w -> w.length() >= MIN_WORD).map(w -> "+" + w + "*").toList();
        // only short words: search for them anyway rather than for everything
        return terms.isEmpty() ? String.join(" ", words) : String.join(" ", terms);
    }
}
