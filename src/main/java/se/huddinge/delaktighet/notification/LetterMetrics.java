package se.huddinge.delaktighet.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * For operators, on the management port: the letters waiting in the outbox and those the SMTP server refused for
 * good, by status ({@code portal.letters{status=PENDING|SENDING|FAILED}}), counted on the outbox's status index.
 */
@Component
class LetterMetrics implements MeterBinder {

    private final JdbcTemplate jdbc;

    LetterMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (LetterStatus status : new LetterStatus[] {LetterStatus.PENDING, LetterStatus.SENDING,
                LetterStatus.FAILED}) {
            Gauge.builder("portal.letters", () -> count(status))
                    .tag("status", status.name())
                    .description("Letters in the outbox by status")
                    .register(registry);
        }
    }

    private double count(LetterStatus status) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM letter WHERE status = ?", Long.class, status.name());
        return n == null ? 0 : n;
    }
}
