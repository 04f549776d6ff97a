package se.huddinge.delaktighet.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import se.huddinge.delaktighet.base.StaffQueue;
import se.huddinge.delaktighet.proposal.ImplementationStatus;
import se.huddinge.delaktighet.reporting.internal.Timestamps;

/**
 * What became of the approved proposals (DD29), counted in the database: how many were approved by a moment, and
 * where their work stood then (each record's latest update before it), and how many were finished in a period. The
 * annual follow-up counts at the end of each year; the overview now, as three cards.
 */
@Configuration
public class ImplementationFigures {

    /**
     * The approved proposals at a moment.
     *
     * @param approved bifall decided before it
     * @param byStatus approved proposals whose latest update before it has the status; those without a record yet
     *                 are {@code approved} less their sum
     */
    public record Counts(long approved, Map<ImplementationStatus, Long> byStatus) {

        public long withoutRecord() {
            return approved - byStatus.values().stream().mapToLong(Long::longValue).sum();
        }

        public long of(ImplementationStatus status) {
            return byStatus.getOrDefault(status, 0L);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ImplementationFigures(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The approved proposals before {@code to}, and where their work stood then. */
    public Counts at(Instant to) {
        var params = new MapSqlParameterSource("to", Timestamps.utc(to));
        Long approved = jdbc.queryForObject("select count(*) from proposal where decision = 'BIFALL' "
                + "and decided_at < :to", params, Long.class);
        var byStatus = new EnumMap<ImplementationStatus, Long>(ImplementationStatus.class);
        jdbc.query("select u.status, count(*) as n from implementation_update u where u.at < :to and not exists ("
                + "select 1 from implementation_update l where l.proposal_id = u.proposal_id and l.at < :to and "
                + "(l.at > u.at or (l.at = u.at and l.id > u.id))) group by u.status", params,
                rs -> {
                    byStatus.put(ImplementationStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return new Counts(approved == null ? 0 : approved, byStatus);
    }

    /** How many approved proposals reached {@code status} in [from, to). */
    public long reached(ImplementationStatus status, Instant from, Instant to) {
        Long n = jdbc.queryForObject("select count(distinct proposal_id) from implementation_update where status = "
                + ":status and status_changed and at >= :from and at < :to", new MapSqlParameterSource("status",
                status.name()).addValue("from", Timestamps.utc(from)).addValue("to", Timestamps.utc(to)), Long.class);
        return n == null ? 0 : n;
    }

    /** At the end of {@code year} (Stockholm time), for the annual follow-up. */
    public Counts atEndOf(int year) {
        return at(start(year + 1));
    }

    /** How many approved proposals reached {@code status} during {@code year}. */
    public long reachedIn(ImplementationStatus status, int year) {
        return reached(status, start(year), start(year + 1));
    }

    private Instant start(int year) {
        return java.time.LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone()).toInstant();
    }

    /** Now, for the overview's cards. */
    Counts now() {
        return at(clock.instant().plusNanos(1000));
    }

    @Bean
    StaffQueue approvedCard() {
        return card("review.queue.approved", Counts::approved, list(StaffFilter.Implementation.APPROVED));
    }

    @Bean
    StaffQueue underWayCard() {
        return card("review.queue.approvedUnderWay",
                c -> c.of(ImplementationStatus.PLANNED) + c.of(ImplementationStatus.UNDER_WAY),
                list(StaffFilter.Implementation.OPEN));
    }

    @Bean
    StaffQueue doneCard() {
        return card("review.queue.approvedDone", c -> c.of(ImplementationStatus.DONE),
                list(StaffFilter.Implementation.DONE));
    }

    /** The staff list of the decided proposals, filtered to the card's. */
    private static String list(StaffFilter.Implementation which) {
        return "granskning/lista?status=DECIDED&genomforande=" + which.param();
    }

    private StaffQueue card(String labelKey, ToLongFunction<Counts> count, String path) {
        return new StaffQueue() {
            @Override
            public String labelKey() {
                return labelKey;
            }

            @Override
            public long count() {
                return count.applyAsLong(now());
            }

            @Override
            public String path() {
                return path;
            }
        };
    }
}
