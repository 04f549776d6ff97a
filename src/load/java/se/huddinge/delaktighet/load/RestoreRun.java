package se.huddinge.delaktighet.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The restore drill (issue 21 item 5, DD36), as docs/operations.md "Backup and restore" tells an operator to do it: a
 * portal on its own MariaDB takes a support storm; mid-storm, with the mail relay away for 8 s so letters wait in the
 * outbox, {@code mariadb-dump --single-transaction} writes the backup; the relay comes back, the storm goes on 4 s,
 * then the portal and its database are lost ({@code kill -9} both). A fresh server is
 * installed, the dump loaded, the letters the mail server's log shows delivered but the backup records unsent are
 * marked sent (step 4 of the procedure), and the portal is started on it. Then: every support acknowledged before
 * the backup began is there, the outbox delivers each letter the backup holds unsent, none twice as two letters (a
 * letter written again after the restore carries its first Message-ID, DD36 amended), and a short storm on the
 * restored portal is exact. What the backup cannot hold (supports after its point) is reported, not hidden.
 */
final class RestoreRun {

    static final String DOMAIN = "@restore.load.example";

    static void run(PairRun.Setup setup, SmtpSink sink, int proposals, int residents, Report report)
            throws Exception {
        Path backup = setup.logs().resolve("restore-backup.sql");
        Set<String> beforeBackup;
        SupportStorm storm;
        List<String> references;
        Thread load;
        try (var origin = new PrivateMariaDb()) {
            origin.install();
            origin.start();
            var running = portal(setup, origin, "restore-origin.log");
            var portal = running.process();
            try {
                portal.start();
                references = Seed.proposals(origin, proposals);
                storm = new SupportStorm(running.base(), sink, new Stats(), references, DOMAIN);
                load = storm.inBackground(residents, Duration.ofMinutes(5));
                Thread.sleep(15_000);
                GaleraRun.awaitCounted(storm, residents, Duration.ofMinutes(2));
                // the mail relay away for 8 s: the backup then holds letters on their way (pending, with back-off)
                sink.stop();
                Thread.sleep(8_000);
                // a support the driver saw counted before the dump began was committed before its snapshot
                beforeBackup = Set.copyOf(storm.acknowledged);
                long t0 = System.nanoTime();
                dump(origin, backup);
                double took = (System.nanoTime() - t0) / 1e9;
                report.note("restore: mariadb-dump --single-transaction during the storm took %.1f s, %d KB, %d supports "
                        + "counted before it began", took, Files.size(backup) / 1024, beforeBackup.size());
                // the relay is back: some of those letters leave before the loss (the backup says pending), the
                // others wait for the restored outbox
                sink.start();
                Thread.sleep(4_000);
                // the database is lost with the portal on it, mid-storm: nothing after the dump survives
                portal.kill();
                origin.kill();
                // the residents still waiting for a letter give up within two minutes; their journeys fail
                storm.stop();
            } finally {
                portal.close();
            }
        }
        try (var restored = new PrivateMariaDb()) {
            restored.install();
            restored.start();
            long t0 = System.nanoTime();
            load(restored, backup);
            double loaded = (System.nanoTime() - t0) / 1e9;
            long reconciled = markDeliveredSent(restored, sink);
            // step 5: the scheduled jobs' locks in the backup belong to instances that are gone
            try (var c = restored.connect(); var s = c.createStatement()) {
                s.executeUpdate("DELETE FROM shedlock");
            }
            long unsent = single(restored, "SELECT COUNT(*) FROM letter WHERE status IN ('PENDING', 'SENDING')");
            long openEvents = single(restored,
                    "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL");
            var running = portal(setup, restored, "restore-restored.log");
            var portal = running.process();
            try {
                double ready = portal.start();
                Checks.settled(restored, Duration.ofMinutes(3));
                Checks.drained(portal, Duration.ofMinutes(3));
                report.fault("restore: dump loaded into a fresh server, portal ready on it", String.format(
                        "loaded in %.1f s, portal ready in %.0f s", loaded, ready), "starts");
                report.fault("restore: letters the backup holds unsent / of them already delivered (marked sent "
                        + "from the mail log) / events not yet handled", String.format("%d / %d / %d",
                        unsent + reconciled, reconciled, openEvents), "resumed");
                checks(restored, sink, storm, beforeBackup, report);
                var after = new SupportStorm(running.base(), sink, new Stats(), references,
                        "@restored.load.example");
                after.run(residents, Duration.ZERO, Duration.ofSeconds(10));
                Checks.drained(portal, Duration.ofMinutes(2));
                report.checks(Checks.verify(restored, sink, after, "restored portal, new storm: ", false));
            } finally {
                portal.close();
            }
        }
        load.join();
    }

    private static void checks(PrivateMariaDb db, SmtpSink sink, SupportStorm storm, Set<String> beforeBackup,
                               Report report) throws Exception {
        Set<String> confirmed = new HashSet<>();
        try (Connection c = db.connect(); var rs = c.createStatement().executeQuery("SELECT LOWER(email) FROM "
                + "support WHERE confirmed_at IS NOT NULL AND email LIKE '%" + DOMAIN + "'")) {
            while (rs.next()) {
                confirmed.add(rs.getString(1));
            }
        }
        long missing = beforeBackup.stream().filter(e -> !confirmed.contains(e)).count();
        long after = storm.acknowledged.stream().filter(e -> !beforeBackup.contains(e)).count();
        long afterKept = storm.acknowledged.stream().filter(e -> !beforeBackup.contains(e))
                .filter(confirmed::contains).count();
        var checks = new ArrayList<Checks.Check>();
        checks.add(new Checks.Check("restore: supports counted before the backup began, missing after the restore",
                missing + " of " + beforeBackup.size(), missing == 0));
        checks.add(new Checks.Check("restore: supports counted after it began (in the backup / lost with the "
                + "database)", afterKept + " / " + (after - afterKept), true));
        long counter = single(db, "SELECT COALESCE(SUM(support_count), 0) FROM proposal");
        long rows = single(db, "SELECT COUNT(*) FROM support WHERE confirmed_at IS NOT NULL");
        checks.add(new Checks.Check("restore: proposals' counters = confirmed support rows", counter + " = " + rows,
                counter == rows));
        long undelivered = single(db, "SELECT COUNT(*) FROM letter WHERE status <> 'SENT'");
        checks.add(new Checks.Check("restore: letters in the outbox not delivered after the restore",
                Long.toString(undelivered), undelivered == 0));
        long halfSaved = single(db, "SELECT COUNT(*) FROM support s WHERE s.email LIKE '%" + DOMAIN
                + "' AND NOT EXISTS (SELECT 1 FROM letter l WHERE l.recipient = s.email)");
        checks.add(new Checks.Check("restore: support rows without their letter", Long.toString(halfSaved),
                halfSaved == 0));
        long neverArrived = 0;
        try (Connection c = db.connect(); var rs = c.createStatement().executeQuery("SELECT recipient FROM letter "
                + "WHERE recipient LIKE '%" + DOMAIN + "'")) {
            while (rs.next()) {
                neverArrived += sink.received(rs.getString(1)) ? 0 : 1;
            }
        }
        checks.add(new Checks.Check("restore: letters in the restored outbox that never arrived",
                Long.toString(neverArrived), neverArrived == 0));
        // a support in the backup whose letter row was written after its point (the row lost) has its letter written
        // again after the restore, by its event handed on: the same key, so the same Message-ID (DD36, amended), which
        // the receiving mail system and the relay's log recognise; two different Message-IDs to one address would be
        // a letter written twice as two letters
        long sameId = sink.doubledMessageIds(DOMAIN).size();
        checks.add(new Checks.Check("restore: letters sent twice with the same Message-ID (recognisable)",
                Long.toString(sameId), true));
        long twoIds = sink.doubledRecipients(DOMAIN);
        checks.add(new Checks.Check("restore: letters sent twice with two Message-IDs", Long.toString(twoIds),
                twoIds == 0));
        for (var entry : sink.doubledRecipientIds(DOMAIN).entrySet()) {
            checks.add(new Checks.Check("  " + entry.getKey() + " received " + entry.getValue(), "", true));
        }
        report.checks(checks);
    }

    /**
     * Step 4 of the procedure: a letter the backup records unsent (PENDING, or SENDING when the backup caught it
     * mid-delivery) whose Message-ID the mail server's log shows delivered is marked sent, so the outbox does not send
     * it again. Here the SMTP sink is the mail server and its record is the log.
     */
    private static long markDeliveredSent(PrivateMariaDb db, SmtpSink sink) throws Exception {
        Set<String> delivered = sink.messageIds(DOMAIN);
        long marked = 0;
        try (Connection c = db.connect(); var unsent = c.createStatement().executeQuery("SELECT message_id FROM "
                + "letter WHERE status IN ('PENDING', 'SENDING')");
             var mark = c.prepareStatement("UPDATE letter SET status = 'SENT', sent_at = NOW(6), "
                     + "attempts = attempts + 1 WHERE message_id = ? AND status IN ('PENDING', 'SENDING')")) {
            while (unsent.next()) {
                if (delivered.contains(unsent.getString(1))) {
                    mark.setString(1, unsent.getString(1));
                    marked += mark.executeUpdate();
                }
            }
        }
        return marked;
    }

    /** The backup as docs/operations.md gives it: one consistent snapshot of the portal's database, not locking it. */
    private static void dump(PrivateMariaDb db, Path file) throws Exception {
        var p = new ProcessBuilder("mariadb-dump", "--single-transaction", "--quick", "--routines", "--triggers",
                "--events", "--hex-blob", "--default-character-set=utf8mb4", "-h127.0.0.1", "-P" + db.port(),
                "-uroot", "--databases", "portal").redirectOutput(file.toFile())
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        String errors = new String(p.getErrorStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("mariadb-dump failed: " + errors);
        }
    }

    private static void load(PrivateMariaDb db, Path file) throws Exception {
        var p = new ProcessBuilder("mariadb", "--default-character-set=utf8mb4", "-h127.0.0.1", "-P" + db.port(),
                "-uroot").redirectInput(file.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("loading the dump failed: " + out);
        }
    }

    /** A portal started on one database, at its own address. */
    private record Portal(PortalProcess process, String base) {
    }

    private static Portal portal(PairRun.Setup setup, PrivateMariaDb db, String log) throws Exception {
        int port = PrivateMariaDb.freePort();
        int management = PrivateMariaDb.freePort();
        var env = new HashMap<>(setup.env());
        env.put("DB_URL", db.url());
        env.put("PORT", Integer.toString(port));
        env.put("MANAGEMENT_PORT", Integer.toString(management));
        env.put("BASE_URL", "http://localhost:" + port + "/");
        return new Portal(new PortalProcess(setup.jar(), env, setup.args(), setup.logs().resolve(log), management),
                env.get("BASE_URL"));
    }

    private static long single(PrivateMariaDb db, String sql) throws Exception {
        try (Connection c = db.connect(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private RestoreRun() {
    }
}
