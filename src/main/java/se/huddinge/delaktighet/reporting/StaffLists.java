package se.huddinge.delaktighet.reporting;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import se.huddinge.delaktighet.reporting.internal.ListSql;

/**
 * What every staff list of Granskning does with its query, written once: a page from the database, the count of
 * the filtered rows (one aggregate), and the filtered list streamed as CSV in the list's order, never held whole.
 */
@Component
class StaffLists {

    /** A CSV column: the translation key of its heading and the cell of a row. */
    record Column<R>(String headingKey, Function<R, Object> cell) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final I18NProvider i18n;

    StaffLists(NamedParameterJdbcTemplate jdbc, I18NProvider i18n) {
        this.jdbc = jdbc;
        this.i18n = i18n;
    }

    /** {@code select} is "select … from …" with its joins; the filter's WHERE and the order follow. */
    <R> List<R> page(String select, ListSql sql, String orderBy, int offset, int limit, RowMapper<R> rows) {
        var params = sql.params().addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(select + sql.where() + orderBy + " limit :limit offset :offset", params, rows);
    }

    /** {@code from} is "from …" with only the joins a filter needs. */
    int count(String from, ListSql sql) {
        Integer n = jdbc.queryForObject("select count(*) " + from + sql.where(), sql.params(), Integer.class);
        return n == null ? 0 : n;
    }

    <R> void csv(String select, ListSql sql, String orderBy, RowMapper<R> rows, List<Column<R>> columns,
                 Locale locale, OutputStream out) {
        try (var csv = new Csv(out, columns.stream().map(c -> i18n.getTranslation(c.headingKey(), locale))
                .toArray(String[]::new))) {
            jdbc.query(select + sql.where() + orderBy, sql.params(), rs -> {
                R row = rows.mapRow(rs, 0);
                csv.row(columns.stream().map(c -> c.cell().apply(row)).toList());
            });
        }
    }
}
