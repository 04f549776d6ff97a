package se.huddinge.delaktighet.load;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database's own limit: support rows inserted straight over JDBC, one committed row per statement as the
 * portal commits one support per request, by 1 and by 16 clients, into a proposal of their own.
 */
final class JdbcCeiling {

    private final PrivateMariaDb db;
    private final long proposalId;
    private final AtomicLong serial = new AtomicLong();

    JdbcCeiling(PrivateMariaDb db, long proposalId) {
        this.db = db;
        this.proposalId = proposalId;
    }

    double insertsPerSecond(int clients, Duration duration) throws Exception {
        var count = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        var threads = new ArrayList<Thread>();
        var failure = new java.util.concurrent.atomic.AtomicReference<Exception>();
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try (Connection c = db.connect(); var insert = c.prepareStatement("INSERT INTO support "
                        + "(proposal_id, email, language, notify_on_decision, created_at, confirmed_at) "
                        + "VALUES (?, ?, 'sv', FALSE, ?, ?)")) {
                    c.setAutoCommit(true);
                    while (System.nanoTime() < end) {
                        var now = Timestamp.from(Instant.now());
                        insert.setLong(1, proposalId);
                        insert.setString(2, "jdbc" + serial.incrementAndGet() + "@ceiling.example");
                        insert.setTimestamp(3, now);
                        insert.setTimestamp(4, now);
                        insert.executeUpdate();
                        count.incrementAndGet();
                    }
                } catch (Exception e) {
                    failure.set(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return count.get() / ((System.nanoTime() - start) / 1e9);
    }
}
