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

    /** Waits until every event publication is completed (a support's letter is written by its event listener). */
    static long settled(PrivateMariaDb db, Duration max) throws Exception {
        long until = System.nanoTime() + max.toNanos();
        long open;
        do {
            try (Connection c = db.connect()) {
                open = single(c, "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL");
            }
            if (open > 0) {
                Thread.sleep(1000);
            }
        } while (open > 0 && System.nanoTime() < until);
        return open;
    }

    static List<Check> verify(PrivateMariaDb db, SmtpSink sink, SupportStorm storm, boolean afterKill)
            throws Exception {
        return verify(db, sink, storm, afterKill ? "R1 " : "", afterKill);
    }

    /**
     * The checks for one storm's residents (its address domain), labelled; {@code resends} allows a letter to arrive
     * twice with the same Message-ID and a support counted whose answer the driver did not see (a process or the
     * database died between the commit and the answer).
     */
    static List<Check> verify(PrivateMariaDb db, SmtpSink sink, SupportStorm storm, String prefix, boolean resends)
            throws Exception {
        var checks = new ArrayList<Check>();
        String domain = storm.domain;
        try (Connection c = db.connect()) {
            String ours = "FROM support s JOIN proposal p ON p.id = s.proposal_id WHERE p.reference LIKE '"
                    + Seed.PREFIX + "%' AND s.confirmed_at IS NOT NULL";
            long counter = single(c, "SELECT COALESCE(SUM(support_count), 0) FROM proposal WHERE reference LIKE '"
                    + Seed.PREFIX + "%'");
            long confirmedRows = single(c, "SELECT COUNT(*) " + ours);
            checks.add(new Check(prefix + "proposals' counters = confirmed support rows", counter + " = " + confirmedRows,
                    counter == confirmedRows));
            Set<String> confirmed = strings(c, "SELECT s.email " + ours + " AND s.email LIKE '%" + domain + "'");
            long lost = storm.acknowledged.stream().filter(e -> !confirmed.contains(e)).count();
            checks.add(new Check(prefix + "supports the driver saw counted but not in the database (lost)",
                    Long.toString(lost), lost == 0));
            long unseen = confirmed.stream().filter(e -> !storm.acknowledged.contains(e)).count();
            checks.add(new Check(prefix + "supports counted whose answer the driver did not see", Long.toString(unseen),
                    resends || unseen == 0));
            long halfSaved = single(c, "SELECT COUNT(*) FROM support s WHERE s.email LIKE '%" + domain
                    + "' AND NOT EXISTS (SELECT 1 FROM letter l WHERE l.recipient = s.email)");
            checks.add(new Check(prefix + "support rows without their letter (half-saved)", Long.toString(halfSaved),
                    halfSaved == 0));
            long open = single(c, "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL");
            checks.add(new Check(prefix + "events whose listener has not run (a letter not yet written)",
                    Long.toString(open), open == 0));
            long undelivered = single(c, "SELECT COUNT(*) FROM letter WHERE status <> 'SENT'");
            checks.add(new Check(prefix + "letters in the outbox not delivered", Long.toString(undelivered),
                    undelivered == 0));
            Set<String> written = strings(c, "SELECT recipient FROM letter WHERE recipient LIKE '%"
                    + domain + "'");
            long missing = written.stream().filter(r -> !sink.received(r)).count();
            checks.add(new Check(prefix + "letters written but never arrived", Long.toString(missing), missing == 0));
            long sameIdTwice = sink.doubledMessageIds(domain).size();
            checks.add(new Check(prefix + "letters arrived twice with the same Message-ID (a resend)",
                    Long.toString(sameIdTwice), resends || sameIdTwice == 0));
            long doubled = sink.doubledRecipients(domain);
            checks.add(new Check(prefix + "addresses sent two different letters (doubled)", Long.toString(doubled),
                    doubled == 0));
            for (var entry : sink.doubledRecipientIds(domain).entrySet()) {
                checks.add(new Check("  " + entry.getKey() + " received " + entry.getValue(),
                        letterRows(c, "recipient = '" + entry.getKey() + "'"), true));
            }
            for (String id : sink.doubledMessageIds(domain)) {
                checks.add(new Check("  Message-ID " + id + " arrived twice", letterRows(c, "message_id = '" + id
                        + "'"), true));
            }
        }
        return checks;
    }

    /**
     * Each seeded proposal crossed the threshold once if its count reached it and never otherwise, and its letter to
     * the author about it was written once (DD35: the crossing is decided by the counting update's row).
     */
    static List<Check> thresholds(PrivateMariaDb db) throws Exception {
        var checks = new ArrayList<Check>();
        int threshold = Integer.getInteger("load.threshold", 100);
        try (Connection c = db.connect(); var rs = c.createStatement().executeQuery("SELECT p.reference, "
                + "p.support_count, (SELECT COUNT(*) FROM proposal_timeline t WHERE t.proposal_id = p.id "
                + "AND t.status = 'THRESHOLD_REACHED'), (SELECT COUNT(*) FROM letter l WHERE l.subject_ref = p.reference "
                + "AND l.template = 'proposal-threshold-reached') FROM proposal p WHERE p.reference LIKE '"
                + Seed.PREFIX + "%' ORDER BY p.reference")) {
            long wrong = 0;
            var seen = new StringBuilder();
            while (rs.next()) {
                int expected = rs.getLong(2) >= threshold ? 1 : 0;
                if (rs.getLong(3) != expected || rs.getLong(4) != expected) {
                    wrong++;
                }
                seen.append(String.format(" %s:%d/%d/%d", rs.getString(1).substring(Seed.PREFIX.length()),
                        rs.getLong(2), rs.getLong(3), rs.getLong(4)));
            }
            checks.add(new Check("proposals not crossing the threshold exactly once (or its letter not once)",
                    Long.toString(wrong), wrong == 0));
            checks.add(new Check("  count/crossings/letters per proposal:" + seen, "", true));
        }
        return checks;
    }

    /** The letter rows that explain a doubled letter: template, key, Message-ID, state, attempts, dates. */
    private static String letterRows(Connection c, String where) throws Exception {
        var rows = new StringBuilder();
        try (var rs = c.createStatement().executeQuery("SELECT id, template, dedup_key, message_id, status, attempts, "
                + "created_at, sent_at FROM letter WHERE " + where)) {
            while (rs.next()) {
                rows.append(String.format(" [letter %d %s key=%s id=%s %s attempts=%d at %s sent %s]", rs.getLong(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                        rs.getString(7), rs.getString(8)));
            }
        }
        return rows.toString();
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
