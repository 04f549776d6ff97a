package se.huddinge.delaktighet.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.huddinge.delaktighet.base.StaffQueue;
import se.huddinge.delaktighet.proposal.WaitingStep;
import se.huddinge.delaktighet.proposal.ProposalStatus;
import se.huddinge.delaktighet.reporting.internal.TimelineQueries;

/** The staff start page's figures: queues, due and overdue steps, the current year so far. */
@Service
public class Overview {

    private final NamedParameterJdbcTemplate jdbc;
    private final TimelineQueries timeline;
    private final HandlingTimes handlingTimes;
    private final WaitingStep waiting;
    private final List<StaffQueue> queues;
    private final Clock clock;

    Overview(NamedParameterJdbcTemplate jdbc, TimelineQueries timeline, HandlingTimes handlingTimes,
             WaitingStep waiting, List<StaffQueue> queues, Clock clock) {
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.handlingTimes = handlingTimes;
        this.waiting = waiting;
        this.queues = queues;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('OFFICER', 'COMMITTEE', 'ADMIN')")
    public OverviewFigures figures() {
        var byStatus = new EnumMap<ProposalStatus, Long>(ProposalStatus.class);
        Arrays.stream(ProposalStatus.values()).forEach(s -> byStatus.put(s, 0L));
        jdbc.query("select status, count(*) as n from proposal group by status", rs -> {
            byStatus.put(ProposalStatus.valueOf(rs.getString("status")), rs.getLong("n"));
        });
        var params = new MapSqlParameterSource("today", waiting.today()).addValue("soon", waiting.soonUntil());
        long[] due = jdbc.queryForObject("select coalesce(sum(due < :today), 0) as overdue, "
                + "coalesce(sum(due between :today and :soon), 0) as soon from (select " + WaitingStep.sql("p")
                + " as due from proposal p where " + WaitingStep.sqlWaiting("p") + ") d",
                params, (rs, n) -> new long[]{rs.getLong("overdue"), rs.getLong("soon")});
        int year = LocalDate.now(clock).getYear();
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone()).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.getZone()).toInstant();
        var steps = Arrays.stream(ServiceStep.values())
                .map(s -> handlingTimes.of(s, from, to, clock.getZone())).toList();
        var contributed = queues.stream()
                .map(q -> new OverviewFigures.Queue(q.labelKey(), q.count(), q.path())).toList();
        return new OverviewFigures(byStatus, due[0], due[1], year, timeline.counts(from, to), steps, contributed);
    }
}
