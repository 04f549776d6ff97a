package se.huddinge.delaktighet.load;

import java.nio.file.Files;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The portal on a three-node MariaDB Galera cluster (issue 21 item 3, DD36): three {@code mariadbd} of Debian's
 * {@code mariadb-server} with {@code galera-4} on this machine, each with its own port, data folder and Galera ports,
 * the first bootstrapping the cluster ({@code --wsrep-new-cluster}), the others joining by a state transfer with
 * {@code mariadb-backup}. Two portal instances behind HAProxy (sticky) write to different nodes: instance a to node 1
 * and b to node 2, each falling over to the next node of its JDBC URL ({@code jdbc:mariadb:sequential://}). Mid-storm
 * node 1 is killed ({@code kill -9}), left down, and started again: it rejoins by an incremental transfer (IST).
 * Afterwards the same checks as the other fault runs (nothing lost or doubled; a support counted whose answer died
 * with the node, and a letter sent again with its Message-ID, are what a lost answer explains), each scheduled job
 * once per interval across the instances (ShedLock on Galera), and the three nodes holding the same rows.
 */
final class GaleraRun {

    static final String DOMAIN = "@galera.load.example";

    private record Ports(int gcomm, int ist, int sst) {
    }

    static void run(PairRun.Setup setup, SmtpSink sink, int proposals, int residents, int seconds, Duration down,
                    Report report) throws Exception {
        for (String needed : List.of("/usr/lib/galera/libgalera_smm.so", "/usr/bin/mariadb-backup", "/usr/bin/socat")) {
            if (!Files.exists(java.nio.file.Path.of(needed))) {
                throw new IllegalStateException("the Galera part needs " + needed + ": apt-get install galera-4 "
                        + "mariadb-backup socat (Debian 12), or leave it out with -Dload.parts=…");
            }
        }
        var ports = new ArrayList<Ports>();
        var nodes = new ArrayList<PrivateMariaDb>();
        // a portal's output is appended to its log: an earlier run's would count in this one's errors
        Files.deleteIfExists(setup.logs().resolve("galera-a.log"));
        Files.deleteIfExists(setup.logs().resolve("galera-b.log"));
        try {
            for (int i = 0; i < 3; i++) {
                ports.add(new Ports(PrivateMariaDb.freePort(), PrivateMariaDb.freePort(),
                        PrivateMariaDb.freePort()));
            }
            for (int i = 0; i < 3; i++) {
                nodes.add(new PrivateMariaDb(options(i, ports)));
            }
            long t0 = System.nanoTime();
            nodes.get(0).install();
            nodes.get(0).start("--wsrep-new-cluster");
            // the others join one after the other: each is sent the whole database by mariadb-backup
            nodes.get(1).start();
            nodes.get(2).start();
            double formed = (System.nanoTime() - t0) / 1e9;
            report.note("galera: cluster of %s nodes formed in %.0f s (node 2 and 3 joined by SST with mariadb-backup)",
                    status(nodes.get(2), "wsrep_cluster_size"), formed);
            try (var proxy = new HaProxy();
                 var a = PairRun.instance(on(setup, nodes, 0, 1, 2), proxy, "a", "galera-a.log");
                 var b = PairRun.instance(on(setup, nodes, 1, 2, 0), proxy, "b", "galera-b.log")) {
                // one after the other: Flyway's lock on Galera (SELECT … FOR UPDATE of its history, not GET_LOCK)
                // holds on one node only, so two instances migrating at once on two nodes could both migrate
                double readyA = a.portal().start();
                double readyB = b.portal().start();
                proxy.start(List.of(a.backend(), b.backend()));
                try (var c = nodes.get(0).connect(); var s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM shedlock");
                }
                List<String> references = Seed.proposals(nodes.get(0), proposals);
                storm(nodes, a, b, proxy, sink, references, residents, seconds, down, report, readyA, readyB,
                        setup.logs());
            }
        } finally {
            for (var node : nodes) {
                Files.copy(node.dir().resolve("error.log"), setup.logs().resolve("galera-node"
                        + (nodes.indexOf(node) + 1) + ".log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                node.close();
            }
        }
    }

    private static void storm(List<PrivateMariaDb> nodes, PairRun.Instance a, PairRun.Instance b, HaProxy proxy,
                              SmtpSink sink, List<String> references, int residents, int seconds, Duration down,
                              Report report, double readyA, double readyB, java.nio.file.Path setupLogs)
            throws Exception {
        long[] conflictsBefore = conflicts(nodes);
        var stats = new Stats();
        var storm = new SupportStorm(proxy.base(), sink, stats, references, DOMAIN);
        try (var jobs = new JobRuns(nodes.get(2))) {
            long start = System.nanoTime();
            Thread load = storm.inBackground(residents, Duration.ofMinutes(15));
            // killed once the storm is under way: as many supports counted as there are residents (a journey takes
            // seconds on a busy machine), 15 s at the least
            Thread.sleep(15_000);
            awaitCounted(storm, residents, Duration.ofMinutes(2));
            long before = storm.acknowledged.size();
            long killed = System.nanoTime();
            nodes.get(0).kill();
            Thread.sleep(down.toMillis());
            long atRestart = storm.acknowledged.size();
            long restarted = System.nanoTime();
            // as systemd's unit does (galera_recovery): the position the crash left, so the node asks for an IST
            nodes.get(0).start("--wsrep-start-position=" + recoveredPosition(nodes.get(0)));
            String state;
            while (!"Synced".equals(state = status(nodes.get(0), "wsrep_local_state_comment"))
                    && System.nanoTime() - restarted < Duration.ofMinutes(10).toNanos()) {
                Thread.sleep(500);
            }
            long synced = System.nanoTime();
            long atSync = storm.acknowledged.size();
            Thread.sleep(Math.max(20, seconds - 15 - down.toSeconds()) * 1000L);
            storm.stop();
            load.join();
            double wall = (System.nanoTime() - start) / 1e9;
            Checks.drained(a.portal(), Duration.ofMinutes(3));
            Checks.drained(b.portal(), Duration.ofMinutes(3));
            Checks.settled(nodes.get(1), Duration.ofMinutes(3));
            jobs.close();
            long[] conflicts = conflicts(nodes);
            var share = proxy.requestsPerServer();
            String log = Files.readString(nodes.get(0).dir().resolve("error.log"));
            // node 1 bootstrapped the cluster: whatever it received, it received when it rejoined
            String transfer = log.contains("IST received") ? "by IST" : log.contains("SST started on joiner")
                    ? "by SST" : "transfer not seen in its log";
            report.fault(String.format("galera: supports counted through HAProxy (%d residents, %.0f s, instances "
                    + "ready in %.0f / %.0f s)", residents, wall, readyA, readyB), String.format("%d (%.1f /s), "
                    + "%d journeys failed", storm.acknowledged.size(), storm.acknowledged.size() / wall,
                    stats.errorCount("journey")), "exact counts");
            report.fault(String.format("galera: node 1 (instance a's) killed with kill -9 after %.0f s, down %d s",
                    (killed - start) / 1e9, down.toSeconds()), String.format("back and %s after %.0f s (%s); requests a %d, b %d",
                    state, (synced - restarted) / 1e9, transfer, share.get("a")[0], share.get("b")[0]),
                    "rejoins alone");
            report.fault("galera: supports counted before the kill / node down / rejoining / after",
                    String.format("%d / %d / %d / %d", before, atRestart - before, atSync - atRestart,
                            storm.acknowledged.size() - atSync), "goes on");
            report.fault("galera: error 1213 met by the portals a / b (each retried); certification failures / "
                    + "brute-force aborts counted by nodes 2 and 3", String.format("%d / %d; %d / %d",
                    count1213(setupLogs.resolve("galera-a.log")), count1213(setupLogs.resolve("galera-b.log")),
                    conflicts[0] - conflictsBefore[0], conflicts[1] - conflictsBefore[1]), "retried");
            stats.errors().forEach((step, what) -> report.note("galera errors in %s: %s", step, what));
            report.checks(Checks.verify(nodes.get(1), sink, storm, "galera ", true));
            report.checks(PairRun.jobChecks("galera ", jobs.summary()));
            report.checks(List.of(agree(nodes)));
        }
    }

    /** The same rows on the three nodes: confirmed supports, the counters' sum, letters and sent letters. */
    private static Checks.Check agree(List<PrivateMariaDb> nodes) throws Exception {
        var seen = new ArrayList<String>();
        for (var node : nodes) {
            try (Connection c = node.connect(); var rs = c.createStatement().executeQuery("SELECT (SELECT COUNT(*) "
                    + "FROM support WHERE confirmed_at IS NOT NULL), (SELECT COALESCE(SUM(support_count), 0) FROM "
                    + "proposal), (SELECT COUNT(*) FROM letter), (SELECT COUNT(*) FROM letter WHERE status = 'SENT')")) {
                rs.next();
                seen.add(rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getLong(4));
            }
        }
        return new Checks.Check("galera nodes hold the same supports/counters/letters/sent",
                String.join(" ", seen), seen.stream().distinct().count() == 1);
    }

    /**
     * Over nodes 2 and 3 (node 1's counters start again with it): transactions that failed certification, and local
     * ones aborted by a replicated write.
     */
    private static long[] conflicts(List<PrivateMariaDb> nodes) throws Exception {
        long[] sum = new long[2];
        for (var node : nodes.subList(1, 3)) {
            sum[0] += Long.parseLong(status(node, "wsrep_local_cert_failures"));
            sum[1] += Long.parseLong(status(node, "wsrep_local_bf_aborts"));
        }
        return sum;
    }

    /** How many times the MariaDB driver logged error 1213 (deadlock, or a lost certification) in a portal's log. */
    private static long count1213(java.nio.file.Path log) throws java.io.IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains("Error: 1213-40001")).count();
        }
    }

    static void awaitCounted(SupportStorm storm, int count, Duration max) throws InterruptedException {
        long until = System.nanoTime() + max.toNanos();
        while (storm.acknowledged.size() < count && System.nanoTime() < until) {
            Thread.sleep(200);
        }
    }

    /**
     * The last committed position a killed node's data holds ({@code mariadbd --wsrep-recover}, what Debian's
     * {@code galera_recovery} runs before systemd starts a node): given as {@code --wsrep-start-position}, the node asks
     * the cluster for the write-sets after it (IST) instead of the whole database.
     */
    private static String recoveredPosition(PrivateMariaDb node) throws Exception {
        var log = node.dir().resolve("recover.log");
        PrivateMariaDb.run(List.of("mariadbd", "--defaults-file=" + node.dir().resolve("my.cnf"), "--wsrep-recover",
                "--log-error=" + log));
        var position = java.util.regex.Pattern.compile("Recovered position: (\\S+)").matcher(Files.readString(log));
        String last = "";
        while (position.find()) {
            last = position.group(1);
        }
        if (last.isEmpty()) {
            throw new IllegalStateException("mariadbd --wsrep-recover found no position; see " + log);
        }
        return last;
    }

    private static String status(PrivateMariaDb node, String name) throws Exception {
        try (Connection c = node.root(); var rs = c.createStatement().executeQuery("SHOW GLOBAL STATUS LIKE '"
                + name + "'")) {
            return rs.next() ? rs.getString(2) : "";
        }
    }

    /** The setup with the JDBC URL that tries the nodes in this order (the first while it answers). */
    private static PairRun.Setup on(PairRun.Setup setup, List<PrivateMariaDb> nodes, int... order) {
        var hosts = new ArrayList<String>();
        for (int i : order) {
            hosts.add("127.0.0.1:" + nodes.get(i).port());
        }
        var env = new HashMap<>(setup.env());
        env.put("DB_URL", "jdbc:mariadb:sequential://" + String.join(",", hosts) + "/portal");
        return new PairRun.Setup(setup.jar(), env, setup.args(), setup.logs());
    }

    /**
     * A node's Galera settings (as config/galera/60-galera.cnf, on this machine's own ports): row-based replication,
     * interleaved auto-increment locks, the cluster's three Galera addresses, this node's own addresses for the
     * group, the incremental and the full state transfer, and {@code mariadb-backup} as the full transfer.
     */
    private static List<String> options(int node, List<Ports> ports) {
        var cluster = ports.stream().map(p -> "127.0.0.1:" + p.gcomm()).toList();
        Ports own = ports.get(node);
        return List.of("binlog_format=ROW", "default_storage_engine=InnoDB", "innodb_autoinc_lock_mode=2",
                "wsrep_on=ON", "wsrep_provider=/usr/lib/galera/libgalera_smm.so",
                "wsrep_cluster_name=portal-load", "wsrep_cluster_address=gcomm://" + String.join(",", cluster),
                "wsrep_node_name=node" + (node + 1), "wsrep_node_address=127.0.0.1:" + own.gcomm(),
                "wsrep_provider_options=\"gmcast.listen_addr=tcp://127.0.0.1:" + own.gcomm() + ";ist.recv_addr="
                        + "127.0.0.1:" + own.ist() + ";gcache.size=256M\"",
                "wsrep_sst_receive_address=127.0.0.1:" + own.sst(), "wsrep_sst_method=mariabackup",
                "wsrep_sst_auth=root:", "wsrep_mode=REQUIRED_PRIMARY_KEY,STRICT_REPLICATION", "[sst]",
                "sst-syslog=-1");
    }

    private GaleraRun() {
    }
}
