package se.huddinge.delaktighet.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's benchmark, one command ({@code ./mvnw -Pload verify}, docs/benchmarks.md "Benchmarks"): the production jar with the
 * {@code prod} profile on a private Debian MariaDB and the benchmark's own SMTP sink, all started here. It measures a
 * first visit in Chromium, idle sessions, the raw JDBC insert ceiling and the support storm, checks the database and
 * the sink, optionally kills the portal mid-storm (R1), prints one table of figures and goals, and fails when a
 * correctness check (lost, doubled, half-saved) fails. Sizes: {@code -Dload.residents}, {@code -Dload.seconds},
 * {@code -Dload.idle}, {@code -Dload.r1}. The parts {@code galera} ({@link GaleraRun}, {@code -Dload.galera.down}) and
 * {@code restore} ({@link RestoreRun}) start their own databases and portals (DD36).
 */
class LoadBenchmark {

    private final int residents = Integer.getInteger("load.residents", 20);
    private final int seconds = Integer.getInteger("load.seconds", 60);
    private final int warmUp = Integer.getInteger("load.warmup", 15);
    private final int idle = Integer.getInteger("load.idle", 1000);
    private final int proposals = Integer.getInteger("load.proposals", 10);
    private final boolean r1 = Boolean.parseBoolean(System.getProperty("load.r1", "true"));
    /** Which parts run ({@code -Dload.parts=idle,storm}); all by default. */
    private final java.util.Set<String> parts = java.util.Set.of(System.getProperty("load.parts",
            "firstvisit,idle,ceilings,storm,r1,r2,r3,pair,galera,restore").split(","));
    /** The parts that start their own databases and portals (DD36): alone, the single portal is not started. */
    private static final java.util.Set<String> OWN_DATABASES = java.util.Set.of("galera", "restore");
    private final Report report = new Report();

    @Test
    void run() throws Exception {
        Path logs = Files.createDirectories(Path.of("target", "load"));
        try (var db = new PrivateMariaDb(); var sink = new SmtpSink(PrivateMariaDb.freePort())) {
            db.install();
            db.start();
            sink.start();
            int port = PrivateMariaDb.freePort();
            int management = PrivateMariaDb.freePort();
            String base = "http://localhost:" + port + "/";
            Map<String, String> env = Map.ofEntries(Map.entry("SPRING_PROFILES_ACTIVE", "prod"),
                    Map.entry("BASE_URL", base), Map.entry("DB_URL", db.url()), Map.entry("DB_USER", "portal"),
                    Map.entry("DB_PASSWORD", "portal"), Map.entry("SMTP_HOST", "127.0.0.1"),
                    Map.entry("SMTP_PORT", Integer.toString(sink.port())), Map.entry("SMTP_AUTH", "false"),
                    Map.entry("SMTP_STARTTLS", "false"), Map.entry("PORT", Integer.toString(port)),
                    Map.entry("MANAGEMENT_PORT", Integer.toString(management)));
            // plain HTTP on the loopback; the limits per address set high, as for a test from one address; the
            // outbox's back-off scaled down so the fault runs end within minutes
            List<String> args = new ArrayList<>(List.of("--server.servlet.session.cookie.secure=false",
                    "--portal.proposals.link-letters-per-address=100000000",
                    // every simulated resident comes from 127.0.0.1: the per-client-address form limits too
                    "--portal.floods.submit=100000000", "--portal.floods.support=100000000",
                    "--portal.floods.my-submissions=100000000", "--portal.floods.nominate=100000000",
                    "--portal.letters.retry-interval=PT2S", "--portal.letters.first-backoff=PT2S",
                    "--portal.letters.stuck-after=PT20S", "--logging.level.root=warn",
                    // the pair run's HAProxy on the loopback forwards X-Forwarded-For: believe it, as production
                    // believes its own proxy (portal.proxies.trusted)
                    "--portal.proxies.trusted=127.0.0.1",
                    // an event whose listener failed (the database away, R3) handed on again: 5 min scaled as above
                    "--portal.events.resubmit-interval=PT10S", "--portal.events.resubmit-older-than=PT20S"));
            // more of the portal's settings for a comparison, e.g. -Dload.portal-args=--portal.letters.smtp-kept-open=PT0S
            args.addAll(List.of(System.getProperty("load.portal-args", "").split(" ")).stream()
                    .filter(a -> !a.isBlank()).toList());
            if (parts.stream().anyMatch(p -> !OWN_DATABASES.contains(p))) {
                singlePortal(db, sink, logs, env, args, base, management);
            }
            if (parts.contains("galera")) {
                GaleraRun.run(new PairRun.Setup(PortalProcess.findJar(Path.of("target")), env, args, logs), sink,
                        proposals, residents, seconds, Duration.ofSeconds(Integer.getInteger("load.galera.down", 10)),
                        report);
            }
            if (parts.contains("restore")) {
                RestoreRun.run(new PairRun.Setup(PortalProcess.findJar(Path.of("target")), env, args, logs), sink,
                        proposals, residents, report);
            }
        }
        report.note("load average at the end: %s", Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.println(report.table());
        assertTrue(report.correct(), "a correctness check failed: see the table above");
    }

    /** The parts on one portal and one MariaDB, and the pair (issue 11, 14). */
    private void singlePortal(PrivateMariaDb db, SmtpSink sink, Path logs, Map<String, String> env, List<String> args,
                              String base, int management) throws Exception {
        {
            var portal = new PortalProcess(PortalProcess.findJar(Path.of("target")), env, args,
                    logs.resolve("portal.log"), management);
            try {
                report.note("portal ready in %.1f s (prod profile, Debian MariaDB %s)", portal.start(), version(db));
                List<String> references = Seed.proposals(db, proposals);
                long ceilingProposal = Seed.ceilingProposal(db);
                if (parts.contains("firstvisit")) {
                    firstVisit(base, references.get(0));
                }
                if (parts.contains("idle")) {
                    idleSessions(base, portal, references.get(0));
                }
                if (parts.contains("ceilings")) {
                    ceilings(db, ceilingProposal);
                    bareFlow(base, portal, logs);
                }
                if (parts.contains("storm")) {
                    storm(base, portal, db, sink, logs, references);
                }
                var rig = new Rig(portal, db, sink, base, references, residents);
                if (parts.contains("r2")) {
                    OutageRun.run(rig, Duration.ofSeconds(Integer.getInteger("load.r2.outage", 60)), report);
                }
                if (parts.contains("r3")) {
                    DatabaseRestartRun.run(rig, Duration.ofSeconds(Integer.getInteger("load.r3.down", 10)), report);
                }
                if (parts.contains("pair")) {
                    portal.close();
                    PairRun.run(new PairRun.Setup(PortalProcess.findJar(Path.of("target")), env, args, logs), db,
                            sink, references, residents, seconds, report);
                }
            } finally {
                portal.close();
            }
        }
    }

    private void storm(String base, PortalProcess portal, PrivateMariaDb db, SmtpSink sink, Path logs,
                       List<String> references)
            throws Exception {
        var stats = new Stats();
        var storm = new SupportStorm(base, sink, stats, references).measuringCpu(() -> Cpu.seconds(portal.pid()));
        double[] cpu = {Cpu.seconds(portal.pid()), Cpu.seconds(db.pid()), Cpu.seconds(ProcessHandle.current().pid())};
        long t0 = System.nanoTime();
        portal.jcmd("JFR.start", "name=storm", "filename=" + logs.resolve("storm.jfr").toAbsolutePath(),
                "settings=profile");
        var result = storm.run(residents, Duration.ofSeconds(warmUp), Duration.ofSeconds(seconds));
        portal.jcmd("JFR.stop", "name=storm");
        double wall = (System.nanoTime() - t0) / 1e9;
        double portalCpu = Cpu.seconds(portal.pid()) - cpu[0];
        report.note("cores used during the storm: portal %.2f, MariaDB %.2f, driver and sink %.2f (of 2)",
                portalCpu / wall, (Cpu.seconds(db.pid()) - cpu[1]) / wall,
                (Cpu.seconds(ProcessHandle.current().pid()) - cpu[2]) / wall);
        report.note("portal CPU per journey: %.1f ms in the measured %.0f s (%.1f CPU s over %d confirmed journeys); "
                + "%.1f ms with the warm-up (%d journeys)", 1000 * result.cpuSeconds() / Math.max(1, result.confirmed()),
                result.seconds(), result.cpuSeconds(), result.confirmed(),
                1000 * portalCpu / Math.max(1, result.acknowledgedTotal()), result.acknowledgedTotal());
        report.storm(result, stats, residents, proposals);
        report.profile(Profile.hotMethods(logs.resolve("storm.jfr")));
        Checks.drained(portal, Duration.ofSeconds(120));
        var checks = Checks.verify(db, sink, storm, false);
        report.checks(checks);
        // issue 21: the same storm again with every resident on one proposal (-Dload.viral=false leaves it out)
        if (Boolean.parseBoolean(System.getProperty("load.viral", "true"))) {
            ViralRun.oneProposal(ViralRun.line("ten proposals", result, stats, checks), base, portal, db, sink,
                    references, residents, Duration.ofSeconds(warmUp), Duration.ofSeconds(seconds), report);
        }
        if (r1 && parts.contains("r1")) {
            KillRun.run(portal, db, sink, storm, residents, report);
        }
    }

    private void firstVisit(String base, String reference) {
        var start = FirstVisit.measure(base);
        report.firstVisit("start page", start);
        var proposal = FirstVisit.measure(base + "forslag/" + reference);
        report.firstVisit("proposal page", proposal);
    }

    private void idleSessions(String base, PortalProcess portal, String reference) throws Exception {
        var sessions = new IdleSessions(base, portal);
        report.idle("start page", sessions.run("", idle));
        report.idle("proposal page", sessions.run("forslag/" + reference, idle));
    }

    private void ceilings(PrivateMariaDb db, long proposal) throws Exception {
        var jdbc = new JdbcCeiling(db, proposal);
        jdbc.insertsPerSecond(4, Duration.ofSeconds(3));
        report.ceiling(1, jdbc.insertsPerSecond(1, Duration.ofSeconds(10)));
        report.ceiling(16, jdbc.insertsPerSecond(16, Duration.ofSeconds(10)));
    }

    /** The same residents through the bare flow: what Vaadin alone does here with the journey's shape. */
    private void bareFlow(String base, PortalProcess portal, Path logs) throws Exception {
        var stats = new Stats();
        portal.jcmd("JFR.start", "name=bare", "filename=" + logs.resolve("bare.jfr").toAbsolutePath(),
                "settings=profile");
        var result = SupportStorm.bareFlow(base, stats).measuringCpu(() -> Cpu.seconds(portal.pid()))
                .run(residents, Duration.ofSeconds(warmUp),
                Duration.ofSeconds(Math.min(seconds, 30)));
        portal.jcmd("JFR.stop", "name=bare");
        report.note("bare flow: portal CPU per journey %.1f ms in the measured %.0f s (%d journeys)",
                1000 * result.cpuSeconds() / Math.max(1, result.confirmed()), result.seconds(), result.confirmed());
        report.bareFlow(result, stats);
    }

    private static String version(PrivateMariaDb db) throws SQLException {
        try (Connection c = db.connect(); var rs = c.createStatement().executeQuery("SELECT VERSION()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
