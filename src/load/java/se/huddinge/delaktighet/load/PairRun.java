package se.huddinge.delaktighet.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two portal instances on one MariaDB behind HAProxy with sticky sessions: the support storm through HAProxy, spread
 * over both. Afterwards the counts must be exact, every letter must have left once (the outbox claims a letter with
 * one conditional update, so the other instance cannot send it too) and each scheduled job must have run once per
 * interval across both instances (ShedLock); the jobs' intervals are set to seconds so they run during the storm.
 */
final class PairRun {

    static final String DOMAIN = "@pair.load.example";
    /**
     * Every scheduled job every 5 seconds (the letter outbox's scan is already every 2 s), the hourly due-date check
     * every 30 s; a letter's retries logged with their reason.
     */
    static final List<String> JOBS = List.of("--portal.proposals.close-interval=PT5S",
            "--portal.proposals.forget-interval=PT5S", "--portal.prize.publish-interval=PT5S",
            "--portal.events.resubmit-interval=PT5S", "--portal.retention.interval=PT5S",
            "--portal.service-levels.cron=*/30 * * * * *", "--logging.level.se.huddinge.delaktighet.notification=info");
    /** Each job's interval in the run, seconds. */
    static final Map<String, Integer> INTERVALS = Map.of("letters.sendDue", 2, "proposals.deadlines", 30);

    /** How the benchmark starts a portal: the jar, its environment and arguments, and where logs go. */
    record Setup(Path jar, Map<String, String> env, List<String> args, Path logs) {
    }

    static void run(Setup setup, PrivateMariaDb db, SmtpSink sink, List<String> references, int residents,
                    int seconds, Report report) throws Exception {
        // the single instance of the earlier parts is stopped: its locks, held for its own (production) intervals,
        // would keep the pair's jobs from running during the storm
        try (var c = db.connect(); var s = c.createStatement()) {
            s.executeUpdate("DELETE FROM shedlock");
        }
        try (var proxy = new HaProxy(); var jobs = new JobRuns(db);
             var a = instance(setup, proxy, "a"); var b = instance(setup, proxy, "b")) {
            var ready = new double[2];
            Thread other = Thread.ofVirtual().start(() -> ready[1] = start(b.portal()));
            ready[0] = a.portal().start();
            other.join();
            proxy.start(List.of(a.backend(), b.backend()));
            var stats = new Stats();
            var storm = new SupportStorm(proxy.base(), sink, stats, references, DOMAIN);
            double[] cpu = {Cpu.seconds(a.portal().pid()), Cpu.seconds(b.portal().pid())};
            long t0 = System.nanoTime();
            var result = storm.run(residents, Duration.ofSeconds(10), Duration.ofSeconds(seconds));
            double wall = (System.nanoTime() - t0) / 1e9;
            Checks.drained(a.portal(), Duration.ofMinutes(2));
            Checks.drained(b.portal(), Duration.ofMinutes(2));
            Checks.settled(db, Duration.ofMinutes(2));
            jobs.close();
            var share = proxy.requestsPerServer();
            long total = share.values().stream().mapToLong(v -> v[0]).sum();
            report.fault(String.format("pair: confirmed supports/s through HAProxy (%d residents, %.0f s)", residents,
                    result.seconds()), String.format("%.1f /s, %d journeys failed; instances ready in %.0f / %.0f s",
                    result.perSecond(), stats.errorCount("journey"), ready[0], ready[1]), "exact counts");
            report.fault("pair: requests per instance (HAProxy) and cores used", String.format(
                    "a %d (%.0f %%), b %d (%.0f %%); cores a %.2f, b %.2f", share.get("a")[0],
                    100.0 * share.get("a")[0] / total, share.get("b")[0], 100.0 * share.get("b")[0] / total,
                    (Cpu.seconds(a.portal().pid()) - cpu[0]) / wall, (Cpu.seconds(b.portal().pid()) - cpu[1]) / wall),
                    "spread");
            stats.errors().forEach((step, what) -> report.note("pair errors in %s: %s", step, what));
            report.checks(Checks.verify(db, sink, storm, "pair ", false));
            report.checks(jobChecks("pair ", jobs.summary()));
        }
    }

    /**
     * Each job's runs seen across both instances: two runs closer than half an interval ran in the same one (the
     * first run seen may be the single instance's, before the pair started).
     */
    static List<Checks.Check> jobChecks(String prefix, Map<String, long[]> summary) {
        var checks = new ArrayList<Checks.Check>();
        summary.forEach((job, seen) -> {
            long interval = INTERVALS.getOrDefault(job, 5) * 1000L;
            checks.add(new Checks.Check(prefix + "job " + job + ": runs, shortest gap (interval " + interval / 1000
                    + " s)", seen[0] + ", " + (seen[1] < 0 ? "—" : seen[1] + " ms"),
                    seen[1] < 0 || seen[1] >= interval / 2));
        });
        return checks;
    }

    record Instance(PortalProcess portal, HaProxy.Backend backend) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            portal.close();
        }
    }

    private static Instance instance(Setup setup, HaProxy proxy, String name) throws Exception {
        return instance(setup, proxy, name, "pair-" + name + ".log");
    }

    /** An instance behind the proxy, named for HAProxy's cookie and statistics, its output in {@code log}. */
    static Instance instance(Setup setup, HaProxy proxy, String name, String log) throws Exception {
        int port = PrivateMariaDb.freePort();
        int management = PrivateMariaDb.freePort();
        var env = new HashMap<>(setup.env());
        env.put("PORT", Integer.toString(port));
        env.put("MANAGEMENT_PORT", Integer.toString(management));
        env.put("BASE_URL", proxy.base());
        // a setting given twice on the command line would be joined with a comma: the run's own replace the others
        var keys = JOBS.stream().map(j -> j.substring(0, j.indexOf('=') + 1)).toList();
        var args = new ArrayList<>(setup.args().stream().filter(a -> keys.stream().noneMatch(a::startsWith)).toList());
        args.addAll(JOBS);
        return new Instance(new PortalProcess(setup.jar(), env, args, setup.logs().resolve(log),
                management), new HaProxy.Backend(name, port, management));
    }

    /** Starts an instance; 0 when it did not start (HAProxy then says it is down). */
    private static double start(PortalProcess portal) {
        try {
            return portal.start();
        } catch (Exception e) {
            return 0;
        }
    }

    private PairRun() {
    }
}
