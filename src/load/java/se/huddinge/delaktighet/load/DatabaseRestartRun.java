package se.huddinge.delaktighet.load;

import java.time.Duration;

/**
 * R3: MariaDB restarted in the middle of a support storm (stopped, left down {@code load.r3.down} seconds, 10 by
 * default, as a restart for an upgrade or a host's reboot would, then started on the same data and port). The
 * portal must recover on its own (its connection pool reconnects), the driver's failed journeys must stay within the
 * outage and be followed by new ones that succeed, and the database must hold nothing half-saved: the checks allow
 * only what a lost answer explains (a support counted whose answer never came, a letter re-sent with its
 * Message-ID because its delivery could not be recorded).
 */
final class DatabaseRestartRun {

    static void run(Rig rig, Duration away, Report report) throws Exception {
        var stats = new Stats();
        var storm = rig.storm(stats, "@r3.load.example");
        Thread load = storm.inBackground(rig.residents(), Duration.ofMinutes(10));
        var db = rig.db();
        Thread.sleep(15_000);
        long before = storm.acknowledged.size();
        long stop = System.nanoTime();
        db.stop();
        Thread.sleep(away.toMillis());
        db.start();
        long up = System.nanoTime();
        long atUp = storm.acknowledged.size();
        while (storm.acknowledged.size() == atUp && System.nanoTime() - up < Duration.ofMinutes(5).toNanos()) {
            Thread.sleep(100);
        }
        long recovered = System.nanoTime();
        long atRecovery = storm.acknowledged.size();
        Thread.sleep(30_000);
        storm.stop();
        load.join();
        long[] errors = stats.errorWindow();
        Checks.drained(rig.portal(), Duration.ofMinutes(3));
        Checks.settled(db, Duration.ofMinutes(3));
        report.fault("R3 MariaDB stopped and started mid-storm (" + rig.residents() + " residents)",
                String.format("down %.1f s; first support counted %.1f s after it was back", (up - stop) / 1e9,
                        (recovered - up) / 1e9), "recovers alone");
        report.fault("R3 supports counted before / during / in the 30 s after recovery",
                String.format("%d / %d / %d", before, atRecovery - before, storm.acknowledged.size() - atRecovery),
                "goes on");
        report.fault("R3 journeys failed (the driver starts a new one)", errors[0] == 0 ? "0"
                : String.format("%d, from %.1f s to %.1f s after the stop", stats.errorCount("journey"),
                        (errors[0] - stop) / 1e9, (errors[1] - stop) / 1e9), "bounded");
        var slowest = stats.percentiles().entrySet().stream().filter(e -> !e.getKey().equals("click to letter"))
                .max(java.util.Comparator.comparingDouble(e -> e.getValue()[2]));
        report.fault("R3 slowest step, p99 over the run (the time it was down included)",
                slowest.map(e -> String.format("%s: %.1f s", e.getKey(), e.getValue()[2] / 1000)).orElse("—"),
                "answers");
        stats.errors().forEach((step, what) -> report.note("R3 errors in %s: %s", step, what));
        report.checks(Checks.verify(db, rig.sink(), storm, "R3 ", true));
    }

    private DatabaseRestartRun() {
    }
}
