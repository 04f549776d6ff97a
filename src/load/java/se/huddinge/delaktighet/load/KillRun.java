package se.huddinge.delaktighet.load;

import java.time.Duration;

/**
 * R1: a support storm during which the portal is killed with {@code kill -9} and started again; afterwards every
 * support the driver saw counted must be in the database, and every letter written must have arrived (a resend of a
 * letter cut off mid-delivery keeps its Message-ID, so the receiving side can drop the copy).
 */
final class KillRun {

    static void run(PortalProcess portal, PrivateMariaDb db, SmtpSink sink, SupportStorm storm, int residents,
                    Report report) throws Exception {
        var stats = new Stats();
        var kill = new SupportStorm(storm, stats);
        Thread load = kill.inBackground(residents, Duration.ofMinutes(10));
        Thread.sleep(15_000);
        long acknowledgedBefore = storm.acknowledged.size();
        portal.kill();
        double restart = portal.start();
        long acknowledgedAtRestart = storm.acknowledged.size();
        Thread.sleep(20_000);
        kill.stop();
        load.join();
        Checks.drained(portal, Duration.ofSeconds(180));
        report.note("R1: kill -9 after 15 s of storm (%d supports counted by then), restarted in %.1f s, storm went on "
                + "20 s more (%d more counted); %d journeys failed around the kill and were retried",
                acknowledgedBefore, restart, storm.acknowledged.size() - acknowledgedAtRestart, stats.errorCount());
        report.checks(Checks.verify(db, sink, storm, true));
    }

    private KillRun() {
    }
}
