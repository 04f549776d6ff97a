package se.huddinge.delaktighet.base;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where asynchronous work that needs a database connection runs: the event listeners that write letters
 * ({@code @ApplicationModuleListener}, through {@link ListenerExecution}) and a letter's first delivery. Each task
 * gets its own virtual thread at once, so the thread that hands it in never waits; but at most half the connection
 * pool's size run at the same time ({@code portal.events.max-concurrent} overrides it), the rest wait for a permit,
 * not for a connection, so a burst queues instead of failing. The other half of the pool stays free for pages and
 * jobs. On purpose not an {@code Executor} bean: Spring Boot would then leave out its own task executor and hand
 * this one work that never ends (which would keep its permits).
 */
@Component
public class BoundedExecutor {

    private static final Logger log = LoggerFactory.getLogger(BoundedExecutor.class);

    private final Semaphore permits;
    private final int limit;
    private final ThreadFactory threads = Thread.ofVirtual().name("listener-", 0).factory();

    BoundedExecutor(DataSource dataSource, @Value("${portal.events.max-concurrent:0}") int configured) {
        this.limit = configured > 0 ? configured : Math.max(1, poolSize(dataSource) / 2);
        this.permits = new Semaphore(limit, true);
        log.info("At most {} event listeners and letter deliveries run at once", limit);
    }

    /** Starts the task now, or as soon as one of the running ones ends. */
    public void execute(Runnable task) {
        threads.newThread(() -> {
            permits.acquireUninterruptibly();
            try {
                task.run();
            } finally {
                permits.release();
            }
        }).start();
    }

    public int limit() {
        return limit;
    }

    private static int poolSize(DataSource dataSource) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                return dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
            }
        } catch (SQLException e) {
            log.debug("Pool size unknown", e);
        }
        return 10;
    }
}
