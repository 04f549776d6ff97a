package se.huddinge.delaktighet.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * R2: the mail server down under load. Residents ask for support while the SMTP sink is stopped (each click must
 * still answer "Kolla din e-post": the letter waits in the outbox), the sink comes back, the outbox delivers every
 * waiting letter with its back-off, and the residents follow their links and confirm. The benchmark's back-off is
 * 1/30 of production's (first retry after 2 s for 1 min, the outbox scanned every 2 s for 30 s), so an outage of
 * {@code load.r2.outage} seconds (60 by default) stands for 30 times as long in production.
 */
final class OutageRun {

    static final String DOMAIN = "@r2.load.example";

    static void run(Rig rig, Duration outage, Report report) throws Exception {
        var stats = new Stats();
        var storm = rig.storm(stats, DOMAIN);
        var sink = rig.sink();
        var references = rig.references();
        String base = rig.base();
        int residents = rig.residents();
        var asked = new ConcurrentLinkedQueue<String>();
        sink.stop();
        long down = System.nanoTime();
        long until = down + outage.toNanos();
        everyResident(residents, r -> {
            while (System.nanoTime() < until) {
                String email = storm.nextEmail();
                try {
                    storm.ask(new VaadinUser(base, stats), references.get(r % references.size()), email);
                    asked.add(email);
                } catch (Exception e) {
                    stats.error("ask while the sink is down", e.toString());
                }
            }
        });
        double waiting = rig.portal().metric("portal.letters?tag=status:PENDING");
        long early = asked.stream().filter(e -> sink.letterFor(e).isDone()).count();
        double[] click = stats.percentiles("3 press support");
        sink.start();
        long back = System.nanoTime();
        var last = new AtomicLong(back);
        var pending = new ConcurrentLinkedQueue<>(asked);
        everyResident(residents, r -> {
            for (String email = pending.poll(); email != null; email = pending.poll()) {
                try {
                    var letter = sink.letterFor(email).get(10, TimeUnit.MINUTES);
                    last.accumulateAndGet(letter.arrivedNanos(), Math::max);
                    storm.confirm(new VaadinUser(base, stats), letter);
                } catch (Exception e) {
                    stats.error("confirm after the sink is back", e.toString());
                }
            }
        });
        Checks.drained(rig.portal(), Duration.ofMinutes(5));
        Checks.settled(rig.db(), Duration.ofMinutes(2));
        report.fault(String.format("R2 SMTP sink down %d s: supports asked, all answered", outage.toSeconds()),
                String.format("%d asked, %d errors; press support p50 %.0f / p99 %.0f ms", asked.size(),
                        stats.errorCount("ask while the sink is down"), click[0], click[2]),
                "clicks answer");
        report.fault("R2 letters waiting in the outbox when the sink came back / arrived while down",
                String.format("%.0f / %d", waiting, early), "all wait / 0");
        report.fault("R2 after the sink is back: the last letter arrived after",
                String.format("%.1f s; %s", (last.get() - back) / 1e9, attempts(rig.db())), "all delivered");
        report.fault("R2 supports confirmed from those letters", String.format("%d of %d, %d errors",
                storm.acknowledged.size(), asked.size(), stats.errorCount("confirm after the sink is back")), "all");
        stats.errors().forEach((step, what) -> report.note("R2 errors in %s: %s", step, what));
        report.checks(Checks.verify(rig.db(), sink, storm, "R2 ", false));
    }

    /** Runs the same task on one virtual thread per resident (given its number) and waits for all. */
    static void everyResident(int residents, java.util.function.IntConsumer task) throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (int r = 0; r < residents; r++) {
            int resident = r;
            threads.add(Thread.ofVirtual().start(() -> task.accept(resident)));
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    /** How often the outbox tried the outage's letters: its back-off keeps this low. */
    private static String attempts(PrivateMariaDb db) throws Exception {
        try (var c = db.connect(); var rs = c.createStatement().executeQuery("SELECT AVG(attempts), MAX(attempts) "
                + "FROM letter WHERE recipient LIKE '%" + DOMAIN + "'")) {
            rs.next();
            return String.format("attempts per letter avg %.1f, max %d", rs.getDouble(1), rs.getInt(2));
        }
    }

    private OutageRun() {
    }
}
