package se.huddinge.delaktighet.base;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * For {@link ListenerBurstTest}, in every {@code @PortalTest} context (so that test shares it): a listener that holds
 * its connection for a second, like a slow letter writer. It listens to {@link SlowWork} only, which nothing but that
 * test publishes.
 */
public class SlowListener {

    /** One piece of slow work. */
    public record SlowWork(int n) {
    }

    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final JdbcTemplate jdbc;

    SlowListener(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

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
