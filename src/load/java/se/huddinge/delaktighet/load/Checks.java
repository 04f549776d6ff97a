package se.huddinge.delaktighet.load;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What must hold after a run, read from the database and the sink: nothing lost, doubled or half-saved. */
final class Checks {

    /** One check: its value and whether it holds (informational lines always hold). */
    record Check(String name, String value, boolean ok) {
    }

    /** Waits until the outbox has nothing pending or being sent. */
    static void drained(PortalProcess portal, Duration max) throws Exception {
        long until = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < until) {
            double waiting = portal.metric("portal.letters?tag=status:PENDING")
                    + portal.metric("portal.letters?tag=status:SENDING");
            if (waiting == 0) {
                return;
            }
            Thread.sleep(1000);
        }
    }

    static List<Check> verify(PrivateMariaDb db, SmtpSink sink, SupportStorm storm, boolean afterKill)
            throws Exception {
        var checks = new ArrayList<Check>();
        String prefix = afterKill ? "R1 " : "";
        try (Connection c = db.connect()) {
            long counter = single(c, "SELECT COALESCE(SUM(support_count), 0) FROM proposal WHERE reference LIKE '"
                    + Seed.PREFIX + "%'");
            Set<String> confirmed = strings(c, "SELECT s.email FROM support s JOIN proposal p ON p.id = s.proposal_id "
                    + "WHERE p.reference LIKE '" + Seed.PREFIX + "%' AND s.confirmed_at IS NOT NULL");
            checks.add(new Check(prefix + "proposals' counters = confirmed support rows",
                    counter + " = " + confirmed.size(), counter == confirmed.size()));
            long lost = storm.acknowledged.stream().filter(e -> !confirmed.contains(e)).count();
            checks.add(new Check(prefix + "supports the driver saw counted but not in the database (lost)",
                    Long.toString(lost), lost == 0));
            long unseen = confirmed.stream().filter(e -> !storm.acknowledged.contains(e)).count();
            checks.add(new Check(prefix + "supports counted whose answer the driver did not see", Long.toString(unseen),
                    afterKill || unseen == 0));
            long halfSaved = single(c, "SELECT COUNT(*) FROM support s WHERE s.email LIKE '%" + SupportStorm.DOMAIN
                    + "' AND NOT EXISTS (SELECT 1 FROM letter l WHERE l.recipient = s.email)");
            checks.add(new Check(prefix + "support rows without their letter (half-saved)", Long.toString(halfSaved),
                    halfSaved == 0));
            long undelivered = single(c, "SELECT COUNT(*) FROM letter WHERE status <> 'SENT'");
            checks.add(new Check(prefix + "letters in the outbox not delivered", Long.toString(undelivered),
                    undelivered == 0));
            Set<String> written = strings(c, "SELECT recipient FROM letter WHERE recipient LIKE '%"
                    + SupportStorm.DOMAIN + "'");
            long missing = written.stream().filter(r -> !sink.received(r)).count();
            checks.add(new Check(prefix + "letters written but never arrived", Long.toString(missing), missing == 0));
            long sameIdTwice = sink.doubledMessageIds();
            checks.add(new Check(prefix + "letters arrived twice with the same Message-ID (a resend)",
                    Long.toString(sameIdTwice), afterKill || sameIdTwice == 0));
            long doubled = sink.doubledRecipients(SupportStorm.DOMAIN);
            checks.add(new Check(prefix + "addresses sent two different letters (doubled)", Long.toString(doubled),
                    doubled == 0));
        }
        return checks;
    }

    private static long single(Connection c, String sql) throws Exception {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Set<String> strings(Connection c, String sql) throws Exception {
        var all = new HashSet<String>();
        try (var rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                all.add(rs.getString(1).toLowerCase());
            }
        }
        return all;
    }

    private Checks() {
    }
}
