package se.huddinge.delaktighet.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The one table the benchmark prints: each figure with its goal, then the correctness checks and notes. */
final class Report {

    private record Row(String figure, String value, String goal, String verdict) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Checks.Check> checks = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private double ceiling16;
    private double bareFlow;

    void note(String format, Object... args) {
        notes.add(String.format(format, args));
    }

    void firstVisit(String page, FirstVisit.Result r) {
        rows.add(row("P3 first visit, " + page + ": on the wire, " + r.requests() + " requests",
                String.format("%.0f KB", r.wireBytes() / 1024.0), "≤ 400 KB", r.wireBytes() <= 400 * 1024));
        rows.add(row("P3 first visit, " + page + ": to settled", String.format("%.0f ms", r.settledMs()), "≤ 1 s",
                r.settledMs() <= 1000));
        rows.add(new Row("P3 second visit, " + page + ": requests to the network",
                r.secondRequests() + " (" + String.format("%.0f KB", r.secondBytes() / 1024.0) + "):"
                        + r.secondUrls(), "page + UIDL only", ""));
    }

    void idle(String page, IdleSessions.Result r) {
        rows.add(row("P2 heap per idle session, " + page + " (" + r.sessions() + " sessions, "
                        + String.format("%.0f", r.sessionsSeen()) + " open)",
                String.format("%.0f KB (the session alone %.0f KB; the rest is the driver's open connections)",
                        r.kbPerSession(), r.kbSessionOnly()), page.startsWith("start") ? "≤ 64 KB" : "—",
                !page.startsWith("start") || r.kbPerSession() <= 64));
        note("P2 what one idle session on the %s holds, by class (heap histogram): %s", page, r.topClasses());
    }

    void ceiling(int clients, double perSecond) {
        if (clients == 16) {
            ceiling16 = perSecond;
        }
        rows.add(new Row("raw JDBC inserts of support rows, " + clients + " client" + (clients > 1 ? "s" : ""),
                String.format("%.0f /s", perSecond), "ceiling", ""));
    }

    void bareFlow(SupportStorm.Result r, Stats stats) {
        bareFlow = r.perSecond();
        var steps = stats.percentiles();
        double worst = steps.values().stream().mapToDouble(p -> p[2]).max().orElse(0);
        rows.add(new Row("bare Vaadin flow, same shape and residents (" + String.format("%.0f s", r.seconds())
                + "), journeys/s", String.format("%.1f /s, p99 per step ≤ %.0f ms, %d errors", bareFlow, worst,
                stats.errorCount()), "ceiling", ""));
    }

    void storm(SupportStorm.Result r, Stats stats, int residents, int proposals) {
        double rate = r.perSecond();
        rows.add(row("P1 confirmed supports/s (" + residents + " residents, " + proposals + " proposals, "
                        + String.format("%.0f s", r.seconds()) + ")", String.format("%.1f", rate), "≥ 150",
                rate >= 150));
        if (ceiling16 > 0) {
            rows.add(row("P1 share of the JDBC ceiling (16 clients)", String.format("%.1f %%", 100 * rate / ceiling16),
                    "≥ 25 %", rate / ceiling16 >= 0.25));
        }
        if (bareFlow > 0) {
            rows.add(row("P1 share of the bare Vaadin flow", String.format("%.0f %%", 100 * rate / bareFlow), "≥ 60 %",
                    rate / bareFlow >= 0.6));
        } else {
            rows.add(new Row("P1 share of a bare Vaadin flow", "not measured", "≥ 60 %", "—"));
        }
        for (Map.Entry<String, double[]> step : stats.percentiles().entrySet()) {
            double[] p = step.getValue();
            boolean letter = step.getKey().equals("click to letter");
            String value = String.format("p50 %.0f / p95 %.0f / p99 %.0f ms (n=%.0f)", p[0], p[1], p[2], p[3]);
            rows.add(letter ? row("P5 click → letter in the sink", value, "p95 ≤ 5 s", p[1] <= 5000)
                    : row("P1 step " + step.getKey(), value, "p99 ≤ 250 ms", p[2] <= 250));
        }
        rows.add(row("P1 errors during the measured storm", Long.toString(stats.errorCount()), "0",
                stats.errorCount() == 0));
        stats.errors().forEach((step, what) -> note("errors in %s: %s", step, what));
    }

    private final List<String> viral = new ArrayList<>();

    /**
     * Issue 21's table (one proposal and ten, same residents, minutes apart) and its goals: the one proposal's
     * confirmed supports/s ≥ 90 % of the ten's, and its support and confirm clicks' p99 ≤ 250 ms.
     */
    void viral(List<ViralRun.Line> lines, int residents) {
        viral.add(String.format("%-14s | %-20s | %-24s | %-24s | %s", "residents on", "confirmed supports/s",
                "support click p50 / p99", "confirm click p50 / p99", "lost or doubled"));
        for (var l : lines) {
            double[] ask = l.stats().percentiles("3 press support");
            double[] confirm = l.stats().percentiles("5 press confirm");
            viral.add(String.format("%-14s | %-20.1f | %-24s | %-24s | %d", l.name(), l.result().perSecond(),
                    String.format("%.0f / %.0f ms", ask[0], ask[2]), String.format("%.0f / %.0f ms", confirm[0],
                            confirm[2]), l.lost() + l.doubled()));
        }
        var one = lines.get(0);
        double share = one.result().perSecond() / Math.max(1e-9, lines.get(1).result().perSecond());
        rows.add(row("viral: one proposal's confirmed supports/s as a share of ten's (" + residents + " residents)",
                String.format("%.0f %%", 100 * share), "≥ 90 %", share >= 0.9));
        double p99 = Math.max(one.stats().percentiles("3 press support")[2],
                one.stats().percentiles("5 press confirm")[2]);
        rows.add(row("viral: one proposal, support and confirm click p99", String.format("%.0f ms", p99),
                "≤ 250 ms", p99 <= 250));
    }

    /** A row of a fault run (R2, R3, two instances): what happened beside what must hold; checks decide. */
    void fault(String figure, String value, String goal) {
        rows.add(new Row(figure, value, goal, ""));
    }

    private String profile = "";

    void profile(String hotMethods) {
        profile = hotMethods;
    }

    void checks(List<Checks.Check> more) {
        checks.addAll(more);
    }

    boolean correct() {
        return checks.stream().allMatch(Checks.Check::ok);
    }

    String table() {
        var out = new StringBuilder("\n=== Load benchmark ===\n");
        int width = rows.stream().mapToInt(r -> r.figure().length()).max().orElse(40);
        String format = "%-" + width + "s | %-44s | %-13s | %s%n";
        out.append(String.format(format, "figure", "measured", "goal", ""));
        for (Row r : rows) {
            out.append(String.format(format, r.figure(), r.value(), r.goal(), r.verdict()));
        }
        if (!viral.isEmpty()) {
            out.append("\nviral proposal (issue 21): every resident on one proposal, and spread over ten\n");
            viral.forEach(line -> out.append("  ").append(line).append('\n'));
        }
        out.append("\ncorrectness checks\n");
        for (Checks.Check c : checks) {
            out.append(String.format("  %-70s %-12s %s%n", c.name(), c.value(), c.ok() ? "ok" : "FAILED"));
        }
        out.append("\n");
        notes.forEach(n -> out.append("  ").append(n).append('\n'));
        out.append("\nwhere the portal spent its CPU during the storm (JFR, jfr view hot-methods)\n").append(profile);
        return out.toString();
    }

    private static Row row(String figure, String value, String goal, boolean met) {
        return new Row(figure, value, goal, met ? "met" : "MISSED");
    }
}
