package se.huddinge.delaktighet.base;

import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import org.springframework.core.task.TaskExecutor;

/**
 * Runs each task on its own virtual thread, but at most {@code limit} at once: the others wait for a permit on
 * their (cheap) virtual threads. So a burst of work that needs database connections queues for them instead of
 * failing when the pool has none left, and the thread that hands the work in never waits.
 */
public final class BoundedExecutor implements TaskExecutor {

    private final Semaphore permits;
    private final int limit;
    private final ThreadFactory threads;

    public BoundedExecutor(String name, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        this.limit = limit;
        this.permits = new Semaphore(limit, true);
        this.threads = Thread.ofVirtual().name(name + "-", 0).factory();
    }

    @Override
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
}
