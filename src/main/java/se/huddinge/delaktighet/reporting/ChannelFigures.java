package se.huddinge.delaktighet.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.Channel;
import se.huddinge.delaktighet.reporting.internal.Timestamps;

/**
 * How proposals and supports came in (DD40): by channel (the web, or registered by an officer from paper, a phone
 * call or the service centre) and by the resident's language, counted in the database. A proposal counts in the year
 * it was confirmed, a support in the year it was counted. Counts only: never a name or an address.
 */
@Component
public class ChannelFigures {

    /** The languages a resident may use, in the order the tables show them. */
    public static final List<String> LANGUAGES = List.of("sv", "en", "fi");

    /** Counts by channel and by language, of proposals or of supports. */
    public record Counts(Map<Channel, Long> byChannel, Map<String, Long> byLanguage) {

        public long of(Channel channel) {
            return byChannel.getOrDefault(channel, 0L);
        }

        public long of(String language) {
            return byLanguage.getOrDefault(language, 0L);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ChannelFigures(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The proposals confirmed during {@code year} (Stockholm time). */
    public Counts proposalsIn(int year) {
        return count("proposal", "confirmed_at", year);
    }

    /** The supports counted during {@code year}. */
    public Counts supportsIn(int year) {
        return count("support", "confirmed_at", year);
    }

    private Counts count(String table, String column, int year) {
        var params = new MapSqlParameterSource("from", Timestamps.utc(start(year)))
                .addValue("to", Timestamps.utc(start(year + 1)));
        var byChannel = new HashMap<Channel, Long>();
        var byLanguage = new HashMap<String, Long>();
        jdbc.query("select channel, language, count(*) as n from " + table + " where " + column + " >= :from and "
                + column + " < :to group by channel, language", params, rs -> {
                    long n = rs.getLong("n");
                    byChannel.merge(Channel.valueOf(rs.getString("channel")), n, Long::sum);
                    byLanguage.merge(rs.getString("language"), n, Long::sum);
                });
        return new Counts(byChannel, byLanguage);
    }

    private Instant start(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone()).toInstant();
    }
}
