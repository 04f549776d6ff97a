package se.huddinge.delaktighet.notification.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** The administrators' edits of letter templates, and their history. */
@Repository
public class TemplateOverrides {

    private final JdbcTemplate jdbc;

    TemplateOverrides(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The edited text of {@code NAME_LANG}, if an administrator changed it. */
    public Optional<String> find(String nameAndLanguage) {
        int at = nameAndLanguage.lastIndexOf('_');
        if (at < 0) {
            return Optional.empty();
        }
        return jdbc.queryForList("select body from letter_template_override where name = ? and language = ?",
                String.class, nameAndLanguage.substring(0, at), nameAndLanguage.substring(at + 1)).stream().findFirst();
    }

    /** Every edited text, by {@code NAME_LANG}. */
    public Map<String, String> all() {
        var all = new HashMap<String, String>();
        jdbc.query("select name, language, body from letter_template_override",
                (RowCallbackHandler) rs -> all.put(rs.getString(1) + "_" + rs.getString(2), rs.getString(3)));
        return Map.copyOf(all);
    }

    /** Grows with every save and reset (the newest change's id): whether the edits changed since it was read. */
    public long version() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from letter_template_change", Long.class);
    }

    public void save(String name, String language, String body, Instant at, String by) {
        jdbc.update("insert into letter_template_override (name, language, body, updated_at, updated_by) "
                + "values (?, ?, ?, ?, ?) on duplicate key update body = values(body), updated_at = values(updated_at), "
                + "updated_by = values(updated_by)", name, language, body, java.sql.Timestamp.from(at), by);
        log(name, language, body, at, by);
    }

    public void reset(String name, String language, Instant at, String by) {
        jdbc.update("delete from letter_template_override where name = ? and language = ?", name, language);
        log(name, language, null, at, by);
    }

    private void log(String name, String language, String body, Instant at, String by) {
        jdbc.update("insert into letter_template_change (name, language, body, changed_at, changed_by) values (?, ?, ?, ?, ?)",
                name, language, body, java.sql.Timestamp.from(at), by);
    }

    /** A change: who, when, and whether it went back to the default. */
    public record Change(Instant at, String by, boolean reset) {
    }

    public List<Change> history(String name, String language) {
        return jdbc.query("select changed_at, changed_by, body is null as reset from letter_template_change "
                        + "where name = ? and language = ? order by changed_at desc, id desc",
                (rs, i) -> new Change(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getBoolean(3)), name, language);
    }
}
