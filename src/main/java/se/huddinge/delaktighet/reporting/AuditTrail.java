package se.huddinge.delaktighet.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.huddinge.delaktighet.reporting.internal.Timestamps;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * Every decision and every change of a setting, account or letter template — who, when, what, before and after —
 * read from where each is kept: the proposal timeline (staff and system steps), the proposals taken up below the
 * threshold, the implementation records of approved proposals, the letter template changes and
 * the audit log (accounts, settings). Each source is read newest first up to the page's end and the sources are
 * merged, so a page never sorts all history.
 */
@Service
public class AuditTrail {

    /** What kind of change. */
    public enum Kind { DECISION, TAKEN_UP, TEMPLATE, ACCOUNT, SETTING, PRIZE_ROUND, RETENTION, COMMENT, IMPLEMENTATION, ASSISTED }

    /** One change; {@code before} and {@code after} as kept (a status, a template's first words, a value). */
    public record Entry(Instant at, String actor, Kind kind, String subject, String before, String after,
                        String note) {
    }

    /** Null or blank means any. */
    public record Filter(Kind kind, String actor, LocalDate from, LocalDate to) {
    }

    /**
     * Where one kind of change is kept: its columns as the entry's, its table and filter, its time and actor, and
     * the table and filter to count it by (without the joins that only name things).
     */
    private record Source(Kind kind, String columns, String from, String at, String actor, String countFrom) {

        Source(Kind kind, String columns, String from, String at, String actor) {
            this(kind, columns, from, at, actor, from);
        }
    }

    private static final List<Source> SOURCES = List.of(
            new Source(Kind.DECISION, "t.at as at, t.actor as actor, 'DECISION' as kind, p.reference as subject, "
                    + "(select t2.status from proposal_timeline t2 where t2.proposal_id = t.proposal_id and (t2.at < t.at "
                    + "or (t2.at = t.at and t2.id < t.id)) order by t2.at desc, t2.id desc limit 1) as before_v, "
                    + "t.status as after_v, t.note as note", "proposal_timeline t join proposal p on p.id = t.proposal_id "
                    + "where t.actor <> 'author'", "t.at", "t.actor", "proposal_timeline t where t.actor <> 'author'"),
            new Source(Kind.TAKEN_UP, "u.recorded_at as at, u.recorded_by as actor, 'TAKEN_UP' as kind, "
                    + "p.reference as subject, null as before_v, concat(u.taken_up_by, ', ', u.body, ', ', "
                    + "u.taken_up_on) as after_v, coalesce(u.case_ref, u.note) as note", "proposal_take_up u join "
                    + "proposal p on p.id = u.proposal_id where 1 = 1", "u.recorded_at", "u.recorded_by",
                    "proposal_take_up u where 1 = 1"),
            // each save of an approved proposal's implementation record (DD29): status, unit and planned date after
            new Source(Kind.IMPLEMENTATION, "i.at as at, i.actor as actor, 'IMPLEMENTATION' as kind, "
                    + "p.reference as subject, null as before_v, concat(i.status, ', ', i.unit, ', ', i.planned_date) "
                    + "as after_v, coalesce(i.reason, i.note) as note", "implementation_update i join proposal p on "
                    + "p.id = i.proposal_id where 1 = 1", "i.at", "i.actor", "implementation_update i where 1 = 1"),
            new Source(Kind.TEMPLATE, "c.changed_at as at, c.changed_by as actor, 'TEMPLATE' as kind, "
                    + "concat(c.name, ' (', c.language, ')') as subject, (select left(c2.body, 160) from "
                    + "letter_template_change c2 where c2.name = c.name and c2.language = c.language and (c2.changed_at "
                    + "< c.changed_at or (c2.changed_at = c.changed_at and c2.id < c.id)) order by c2.changed_at desc, "
                    + "c2.id desc limit 1) as before_v, left(c.body, 160) as after_v, null as note",
                    "letter_template_change c where 1 = 1", "c.changed_at", "c.changed_by"),
            new Source(null, "e.at as at, e.actor as actor, e.kind as kind, e.subject as subject, "
                    + "e.before_value as before_v, e.after_value as after_v, null as note", "audit_event e where 1 = 1",
                    "e.at", "e.actor"));

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AuditTrail(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_ADMIN)
    public List<Entry> page(Filter filter, int offset, int limit) {
        var merged = new ArrayList<Entry>();
        for (Source source : sources(filter)) {
            var params = params(filter).addValue("n", offset + limit);
            String sql = "select " + source.columns() + " from " + source.from() + where(source, filter)
                    + " order by " + source.at() + " desc limit :n";
            merged.addAll(jdbc.query(sql, params, (rs, i) -> new Entry(Timestamps.instant(rs, "at"), rs.getString("actor"),
                    Kind.valueOf(rs.getString("kind")), rs.getString("subject"), rs.getString("before_v"),
                    rs.getString("after_v"), rs.getString("note"))));
        }
        merged.sort(Comparator.comparing(Entry::at).reversed());
        return merged.subList(Math.min(offset, merged.size()), Math.min(offset + limit, merged.size()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_ADMIN)
    public int count(Filter filter) {
        int total = 0;
        for (Source source : sources(filter)) {
            Integer n = jdbc.queryForObject("select count(*) from " + source.countFrom() + where(source, filter),
                    params(filter), Integer.class);
            total += n == null ? 0 : n;
        }
        return total;
    }

    private static List<Source> sources(Filter filter) {
        return SOURCES.stream().filter(s -> filter.kind() == null || s.kind() == null || s.kind() == filter.kind())
                .toList();
    }

    private static String where(Source source, Filter filter) {
        var sql = new StringBuilder();
        if (source.kind() == null && filter.kind() != null) {
            sql.append(" and e.kind = :kind");
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            sql.append(" and ").append(source.actor()).append(" = :actor");
        }
        if (filter.from() != null) {
            sql.append(" and ").append(source.at()).append(" >= :from");
        }
        if (filter.to() != null) {
            sql.append(" and ").append(source.at()).append(" < :to");
        }
        return sql.toString();
    }

    private MapSqlParameterSource params(Filter filter) {
        var params = new MapSqlParameterSource("kind", filter.kind() == null ? null : filter.kind().name())
                .addValue("actor", filter.actor() == null ? null : filter.actor().strip());
        if (filter.from() != null) {
            params.addValue("from", Timestamps.utc(filter.from().atStartOfDay(clock.getZone()).toInstant()));
        }
        if (filter.to() != null) {
            params.addValue("to", Timestamps.utc(filter.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        return params;
    }
}
