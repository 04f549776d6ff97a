package se.huddinge.delaktighet.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.PortalTest;

/**
 * Defect 8 of issue 7: a burst of events larger than the connection pool. Each listener holds its connection for a
 * second (a slow letter writer); unbounded, the last ones would wait longer than the pool's connection timeout and
 * fail. Bounded, they queue and every one is handled. The listener ({@link SlowListener}) is in every
 * {@code @PortalTest} context and hears only this test's events.
 */
@PortalTest
class ListenerBurstTest {

    static final int BURST = 100;                         // five times the pool of 20

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SlowListener listener;
    @Autowired
    BoundedExecutor executor;

    @Test
    void a_burst_larger_than_the_connection_pool_queues_and_every_listener_succeeds() {
        Database.clear(jdbc);
        listener.reset();
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < BURST; i++) {
                events.publishEvent(new SlowListener.SlowWork(i));
            }
        });

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null", Integer.class)).isZero());
        assertThat(listener.done()).isEqualTo(BURST);
        assertThat(listener.mostAtOnce()).isLessThanOrEqualTo(executor.limit());
        assertThat(executor.limit()).isEqualTo(10);
    }
}
