package se.huddinge.delaktighet.reporting;

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
import se.huddinge.delaktighet.security.StaffRole;

/**
 * The staff start page's figures: queues, due and overdue steps (counted at every visit: they change with each
 * step staff take), and the current year so far (kept for a minute, {@link KeyFigures}).
 */
@Service
public class Overview {

    private final NamedParameterJdbcTemplate jdbc;
    private final KeyFigures keyFigures;
    private final WaitingStep waiting;
    private final List<StaffQueue> queues;

    Overview(NamedParameterJdbcTemplate jdbc, KeyFigures keyFigures, WaitingStep waiting, List<StaffQueue> queues) {
        this.jdbc = jdbc;
        this.keyFigures = keyFigures;
        this.waiting = waiting;
        this.queues = queues;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
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
        var year = keyFigures.current();
        var contributed = queues.stream()
                .map(q -> new OverviewFigures.Queue(q.labelKey(), q.count(), q.path())).toList();
        return new OverviewFigures(byStatus, due[0], due[1], year.year(), year.counts(), year.steps(), year.countedAt(),
                contributed);
    }
}
