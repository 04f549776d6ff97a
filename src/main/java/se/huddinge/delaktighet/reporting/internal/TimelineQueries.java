package se.huddinge.delaktighet.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.ProposalStatus;
import se.huddinge.delaktighet.reporting.ServiceStep;
import se.huddinge.delaktighet.reporting.YearCounts;

/**
 * Figures of a period from the stored transitions ({@code proposal_timeline}), each one SQL aggregate over the
 * index on the transition's time. A transition is never changed once written, so a past period's figures stay.
 */
@Component
public class TimelineQueries {

    /** The endings of a confirmed proposal, other than withdrawal (which may also come before confirmation). */
    private static final String ENDED = "'NOT_PUBLISHED', 'CLOSED_BELOW_THRESHOLD', 'DECIDED'";

    private final NamedParameterJdbcTemplate jdbc;

    TimelineQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public YearCounts counts(Instant from, Instant to) {
        var byStatus = new java.util.HashMap<String, Long>();
        var byOutcome = new EnumMap<Decision, Long>(Decision.class);
        java.util.Arrays.stream(Decision.values()).forEach(d -> byOutcome.put(d, 0L));
        // one pass over the index on (at, status, note): a group per kind of step, decisions also by outcome
        jdbc.query("select status, if(status = 'DECIDED', note, null) as outcome, count(*) as n from proposal_timeline "
                + "where at >= :from and at < :to group by status, outcome", period(from, to), rs -> {
                    byStatus.merge(rs.getString("status"), rs.getLong("n"), Long::sum);
                    String outcome = rs.getString("outcome");
                    if (outcome != null) {
                        byOutcome.put(Decision.valueOf(outcome), rs.getLong("n"));
                    }
                });
        java.util.function.ToLongFunction<ProposalStatus> n = s -> byStatus.getOrDefault(s.name(), 0L);
        return new YearCounts(n.applyAsLong(ProposalStatus.IN_MODERATION), n.applyAsLong(ProposalStatus.PUBLISHED),
                n.applyAsLong(ProposalStatus.NOT_PUBLISHED), n.applyAsLong(ProposalStatus.THRESHOLD_REACHED),
                n.applyAsLong(ProposalStatus.REFERRED), n.applyAsLong(ProposalStatus.DECIDED),
                n.applyAsLong(ProposalStatus.WITHDRAWN), byOutcome);
    }

    /** The start and end dates (in {@code zone}) of each step of this kind completed within the period. */
    public List<LocalDate[]> stepDates(ServiceStep step, Instant from, Instant to, ZoneId zone) {
        var params = period(from, to).addValue("start", step.start().name())
                .addValue("ends", step.ends().stream().map(Enum::name).toList());
        return jdbc.query("select s.at as started, d.at as done from proposal_timeline d "
                + "join proposal_timeline s on s.proposal_id = d.proposal_id and s.status = :start "
                + "where d.at >= :from and d.at < :to and d.status in (:ends)", params, (rs, n) -> new LocalDate[]{
                LocalDate.ofInstant(Timestamps.instant(rs, "started"), zone),
                LocalDate.ofInstant(Timestamps.instant(rs, "done"), zone)});
    }

    /** How many transitions to {@code status} in the period, by the note kept with them (ground, outcome). */
    public Map<String, Long> byNote(ProposalStatus status, Instant from, Instant to) {
        return grouped("select t.note as k, count(*) as n from proposal_timeline t where t.status = :status "
                + "and t.at >= :from and t.at < :to group by t.note order by n desc, k", period(from, to)
                .addValue("status", status.name()));
    }

    /** How many transitions to {@code status} in the period, by a column of the proposal (district, committee). */
    public Map<String, Long> byProposal(String column, ProposalStatus status, Instant from, Instant to) {
        if (!column.matches("district|committee|category")) {
            throw new IllegalArgumentException(column);
        }
        return grouped("select p." + column + " as k, count(*) as n from proposal_timeline t "
                + "join proposal p on p.id = t.proposal_id where t.status = :status and t.at >= :from "
                + "and t.at < :to group by p." + column + " order by n desc, k", period(from, to)
                .addValue("status", status.name()));
    }

    /**
     * Per value of a proposal's column (district, committee), how many transitions of each kind the period had:
     * one row per value, one figure per condition over the transition {@code t} (e.g. {@code t.status = 'PUBLISHED'}).
     */
    public Map<String, long[]> table(String column, List<String> conditions, List<String> statuses, Instant from,
                                     Instant to) {
        if (!column.matches("district|committee|category")) {
            throw new IllegalArgumentException(column);
        }
        String sums = conditions.stream().map(c -> "coalesce(sum(" + c + "), 0)").collect(Collectors.joining(", "));
        var result = new LinkedHashMap<String, long[]>();
        jdbc.query("select p." + column + " as k, " + sums + " from proposal_timeline t join proposal p "
                + "on p.id = t.proposal_id where t.status in (:statuses) and t.at >= :from and t.at < :to and p." + column
                + " is not null "
                + "group by p." + column + " order by p." + column, period(from, to).addValue("statuses", statuses), rs -> {
                    long[] figures = new long[conditions.size()];
                    for (int i = 0; i < figures.length; i++) {
                        figures[i] = rs.getLong(i + 2);
                    }
                    result.put(rs.getString("k"), figures);
                });
        return result;
    }

    /** Per status, how many transitions to it each month of the year (months in {@code zone}): one aggregate. */
    public long[][] perMonth(List<ProposalStatus> statuses, int year, ZoneId zone) {
        var params = new MapSqlParameterSource("statuses", statuses.stream().map(Enum::name).toList());
        var month = new StringBuilder("case");
        for (int m = 0; m <= 12; m++) {
            params.addValue("m" + m, Timestamps.utc(LocalDate.of(year, 1, 1).plusMonths(m).atStartOfDay(zone).toInstant()));
            if (m > 0) {
                month.append(" when at < :m").append(m).append(" then ").append(m - 1);
            }
        }
        long[][] result = new long[statuses.size()][12];
        jdbc.query("select status, " + month + " end as month, count(*) as n from proposal_timeline "
                + "where status in (:statuses) and at >= :m0 and at < :m12 group by status, month", params, rs -> {
                    result[statuses.indexOf(ProposalStatus.valueOf(rs.getString("status")))][rs.getInt("month")] =
                            rs.getLong("n");
                });
        return result;
    }

    /**
     * Proposals waiting for a step at {@code at}: confirmed before it and not yet ended (not published, closed
     * below the threshold, decided, or withdrawn after confirmation). Each proposal ends at most once, so this is
     * three counts on the index of the transitions' kind and time, not a search for each proposal's last transition.
     */
    public long openAt(Instant at) {
        Long n = jdbc.queryForObject("select (select count(*) from proposal_timeline where status = 'IN_MODERATION' "
                + "and at < :at) - (select count(*) from proposal_timeline where status in (" + ENDED + ") and at < :at) "
                + "- (select count(*) from proposal_timeline t where t.status = 'WITHDRAWN' and t.at < :at and exists "
                + "(select 1 from proposal_timeline m where m.status = 'IN_MODERATION' and m.proposal_id = t.proposal_id))",
                new MapSqlParameterSource("at", Timestamps.utc(at)), Long.class);
        return n == null ? 0 : n;
    }

    private Map<String, Long> grouped(String sql, MapSqlParameterSource params) {
        var result = new LinkedHashMap<String, Long>();
        jdbc.query(sql, params, rs -> {
            result.put(rs.getString("k") == null ? "" : rs.getString("k"), rs.getLong("n"));
        });
        return result;
    }

    private static MapSqlParameterSource period(Instant from, Instant to) {
        return new MapSqlParameterSource("from", Timestamps.utc(from)).addValue("to", Timestamps.utc(to));
    }
}
