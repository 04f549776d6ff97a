package se.huddinge.delaktighet.proposal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * For operators, on the management port: how many supports have been confirmed in all, read from the proposals'
 * counters (one pass over the proposal table when the figure is asked for, not per support).
 */
@Component
class SupportMetrics implements MeterBinder {

    private final JdbcTemplate jdbc;

    SupportMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("portal.supports.confirmed", this::confirmed)
                .description("Confirmed supports, all proposals")
                .register(registry);
    }

    private double confirmed() {
        Long sum = jdbc.queryForObject("SELECT COALESCE(SUM(support_count), 0) FROM proposal", Long.class);
        return sum == null ? 0 : sum;
    }
}
