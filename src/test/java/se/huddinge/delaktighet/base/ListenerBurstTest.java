package se.huddinge.delaktighet.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.PortalTest;

/**
 * Defect 8 of issue 7: a burst of events larger than the connection pool. Each listener holds its connection for a
 * second (a slow letter writer); unbounded, the last ones would wait longer than the pool's connection timeout and
 * fail. Bounded, they queue and every one is handled.
 */
@PortalTest
@Import(ListenerBurstTest.SlowListener.class)
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
                events.publishEvent(new SlowWork(i));
            }
        });

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null", Integer.class)).isZero());
        assertThat(listener.done()).isEqualTo(BURST);
        assertThat(listener.mostAtOnce()).isLessThanOrEqualTo(executor.limit());
        assertThat(executor.limit()).isEqualTo(10);
    }

    record SlowWork(int n) {
    }

    @TestConfiguration
    static class SlowListener {
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger running = new AtomicInteger();
        private final AtomicInteger mostAtOnce = new AtomicInteger();
        @Autowired
        JdbcTemplate jdbc;

        @ApplicationModuleListener
        public void on(SlowWork work) {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                jdbc.queryForObject("select sleep(1)", Integer.class);
                done.incrementAndGet();
            } finally {
                running.decrementAndGet();
            }
        }

        public void reset() {
            done.set(0);
            mostAtOnce.set(0);
        }

        public int done() {
            return done.get();
        }

        public int mostAtOnce() {
            return mostAtOnce.get();
        }
    }
}
