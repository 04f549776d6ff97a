package se.huddinge.delaktighet.load;

import java.sql.Connection;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watches ShedLock's table while two instances run: every time a job takes its lock, {@code locked_at} changes, so
 * reading the table every 100 ms sees each run of each scheduled job (the intervals are set to seconds for the
 * run). A job that runs once across the instances runs about once per interval; one that ran on both instances
 * in the same interval shows two runs closer together than the interval.
 */
final class JobRuns implements AutoCloseable {

    private final PrivateMariaDb db;
    private final Map<String, List<Timestamp>> runs = new ConcurrentHashMap<>();
    private final Thread watcher;
    private volatile boolean watching = true;

    JobRuns(PrivateMariaDb db) {
        this.db = db;
        this.watcher = Thread.ofVirtual().start(this::watch);
    }

    private void watch() {
        while (watching) {
            try (Connection c = db.connect(); var s = c.createStatement()) {
                while (watching) {
                    try (var rs = s.executeQuery("SELECT name, locked_at FROM shedlock")) {
                        while (rs.next()) {
                            var seen = runs.computeIfAbsent(rs.getString(1), n -> new ArrayList<>());
                            Timestamp at = rs.getTimestamp(2);
                            if (seen.isEmpty() || !seen.getLast().equals(at)) {
                                seen.add(at);
                            }
                        }
                    }
                    Thread.sleep(100);
                }
            } catch (Exception e) {
                sleep();
            }
        }
    }

    /** Per job: how many runs were seen and the shortest time between two of them (ms; -1 with fewer than two). */
    Map<String, long[]> summary() {
        var all = new TreeMap<String, long[]>();
        runs.forEach((name, at) -> {
            long shortest = -1;
            for (int i = 1; i < at.size(); i++) {
                long gap = at.get(i).getTime() - at.get(i - 1).getTime();
                shortest = shortest < 0 ? gap : Math.min(shortest, gap);
            }
            all.put(name, new long[] {at.size(), shortest});
        });
        return all;
    }

    @Override
    public void close() throws InterruptedException {
        watching = false;
        watcher.join();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
