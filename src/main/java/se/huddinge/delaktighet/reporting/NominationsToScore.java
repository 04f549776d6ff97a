package se.huddinge.delaktighet.reporting;

import java.time.Clock;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import se.huddinge.delaktighet.base.StaffQueue;
import se.huddinge.delaktighet.reporting.internal.NominationListSql;
import se.huddinge.delaktighet.reporting.internal.Timestamps;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * The overview's card "nominations awaiting my scores": for a committee member, the counted nominations of rounds
 * whose nominations have closed and that are not decided, which the member has neither scored nor stepped aside
 * from. One count in the database; 0 for staff who do not score.
 */
@Component
class NominationsToScore implements StaffQueue {

    private final NamedParameterJdbcTemplate jdbc;
    private final SignedIn signedIn;
    private final Clock clock;

    NominationsToScore(NamedParameterJdbcTemplate jdbc, SignedIn signedIn, Clock clock) {
        this.jdbc = jdbc;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    @Override
    public String labelKey() {
        return "review.queue.nominations";
    }

    @Override
    public long count() {
        if (!signedIn.is(StaffRole.COMMITTEE)) {
            return 0;
        }
        Long n = jdbc.queryForObject("select count(*) from nomination n join prize_round r on r.id = n.round_id "
                + NominationListSql.MY_REVIEW + " where n.status = 'CONFIRMED' and r.decided = false "
                + "and r.closes_at < :now and " + NominationListSql.NOT_REVIEWED_BY_ME,
                new MapSqlParameterSource("now", Timestamps.utc(clock.instant()))
                        .addValue("me", signedIn.username().orElseThrow()),
                Long.class);
        return n == null ? 0 : n;
    }

    @Override
    public String path() {
        return "granskning/pris";
    }
}
