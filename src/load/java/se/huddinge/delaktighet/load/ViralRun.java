package se.huddinge.delaktighet.load;

import java.time.Duration;
import java.util.List;

/**
 * Issue 21 item 1 (DD35): after the benchmark's storm, spread over the seeded proposals, the same residents again
 * on the same portal with every one on one proposal (a viral one). Prints the table (confirmed supports/s,
 * the support and confirm clicks' p50 / p99, lost or doubled), the goals (one proposal ≥ 90 % of ten; p99 per step
 * ≤ 250 ms) and each run's correctness checks, with the threshold crossed once and its letter once.
 */
final class ViralRun {

    /** One storm's figures for a line of the table. */
    record Line(String name, SupportStorm.Result result, Stats stats, long lost, long doubled) {
    }

    /** The spread storm's line (the benchmark's own storm over the seeded proposals). */
    static Line line(String name, SupportStorm.Result result, Stats stats, List<Checks.Check> checks) {
        return new Line(name, result, stats, value(checks, "(lost)"), value(checks, "(doubled)"));
    }

    /** After the spread storm ({@code ten}): the same residents, every one on the first proposal. */
    static void oneProposal(Line ten, String base, PortalProcess portal, PrivateMariaDb db, SmtpSink sink,
                            List<String> references, int residents, Duration warmUp, Duration measured, Report report)
            throws Exception {
        var one = storm("one proposal", base, portal, db, sink, List.of(references.get(0)), "@one.viral.example",
                residents, warmUp, measured, report);
        report.viral(List.of(one, ten), residents);
        report.checks(Checks.thresholds(db));
    }

    private static Line storm(String name, String base, PortalProcess portal, PrivateMariaDb db, SmtpSink sink,
                              List<String> references, String domain, int residents, Duration warmUp,
                              Duration measured, Report report) throws Exception {
        var stats = new Stats();
        var storm = new SupportStorm(base, sink, stats, references, domain)
                .measuringCpu(() -> Cpu.seconds(portal.pid()));
        var result = storm.run(residents, warmUp, measured);
        report.note("viral run, %s (%d proposal%s): %d confirmed in %.0f s, portal CPU per journey %.1f ms, "
                        + "load average after it %s", name, references.size(), references.size() > 1 ? "s" : "",
                result.confirmed(), result.seconds(), 1000 * result.cpuSeconds() / Math.max(1, result.confirmed()),
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
        stats.errors().forEach((step, what) -> report.note("viral run, %s: errors in %s: %s", name, step, what));
        Checks.drained(portal, Duration.ofSeconds(120));
        Checks.settled(db, Duration.ofSeconds(60));
        var checks = Checks.verify(db, sink, storm, "viral " + name + ": ", false);
        report.checks(checks);
        return line(name, result, stats, checks);
    }

    private static long value(List<Checks.Check> checks, String suffix) {
        return checks.stream().filter(c -> c.name().endsWith(suffix)).mapToLong(c -> Long.parseLong(c.value()))
                .sum();
    }

    private ViralRun() {
    }
}
