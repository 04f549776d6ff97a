package se.huddinge.delaktighet.benchmark;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.nomination.PrizeFixtures;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.notification.Letters;
import se.huddinge.delaktighet.reporting.AuditTrail;
import se.huddinge.delaktighet.reporting.FollowUps;
import se.huddinge.delaktighet.reporting.OpenData;
import se.huddinge.delaktighet.reporting.Overview;
import se.huddinge.delaktighet.reporting.StaffFilter;
import se.huddinge.delaktighet.reporting.StaffProposals;
import se.huddinge.delaktighet.reporting.HandlingTimes;
import se.huddinge.delaktighet.reporting.KeyFigures;
import se.huddinge.delaktighet.reporting.BelowThreshold;
import se.huddinge.delaktighet.reporting.BelowThresholdFilter;
import se.huddinge.delaktighet.reporting.NominationFilter;
import se.huddinge.delaktighet.reporting.StaffNominations;
import se.huddinge.delaktighet.nomination.NomineeKind;
import se.huddinge.delaktighet.nomination.PrizeReview;
import se.huddinge.delaktighet.reporting.ServiceStep;
import se.huddinge.delaktighet.reporting.Statistics;
import se.huddinge.delaktighet.reporting.internal.TimelineQueries;

/**
 * The volume benchmark (docs/benchmarks.md, "Benchmarks"): a large municipality's data in MariaDB, then the server time to build
 * each screen of Granskning, the median of five runs after a warm-up. Not part of {@code ./mvnw verify}: run it with
 * {@code ./mvnw -Pbenchmark test}. Prints a table and the query plans of the list's queries. With
 * {@code -Dvolume.overviewOnly=true} it stops after the overview (its view, figures and their parts).
 */
@org.springframework.test.context.TestPropertySource(properties = "portal.review.key-figures-max-age=PT1M")
class VolumeBenchmark extends KaribuTest {

    private static final Locale SV = Locale.of("sv");
    private static final int RUNS = 5;

    @Autowired
    Overview overview;
    @Autowired
    StaffProposals list;
    @Autowired
    FollowUps followUps;
    @Autowired
    Statistics statistics;
    @Autowired
    OpenData openData;
    @Autowired
    AuditTrail audit;
    @Autowired
    PrizeRounds rounds;
    @Autowired
    TimelineQueries timeline;
    @Autowired
    HandlingTimes handlingTimes;
    @Autowired
    KeyFigures keyFigures;
    @Autowired
    StaffNominations nominationList;
    @Autowired
    BelowThreshold below;
    @Autowired
    Letters letters;
    @Autowired
    List<se.huddinge.delaktighet.base.StaffQueue> queues;

    private final List<String> report = new ArrayList<>();
    private Object lastView;

    @Test
    void every_screen_at_the_volume_of_a_large_municipality() {
        clock.setTo("2026-11-27T10:00:00");
        rounds.create(PrizeFixtures.round(2026));
        long start = System.nanoTime();
        BenchmarkData.proposals(jdbc);
        BenchmarkData.timeline(jdbc);
        BenchmarkData.supports(jdbc);
        BenchmarkData.letters(jdbc);
        String nominations = BenchmarkData.nominations(jdbc);
        BenchmarkData.takeUps(jdbc);
        jdbc.execute("analyze table proposal, proposal_timeline, support, letter, nomination, nomination_review, "
                + "proposal_take_up");
        System.out.printf("%nGenerated in %d s: %s proposals, %s timeline rows, %s supports, %s letters; nominations: %s%n",
                (System.nanoTime() - start) / 1_000_000_000, count("proposal"), count("proposal_timeline"),
                count("support"), count("letter"), nominations);
        System.out.println("InnoDB buffer pool: " + jdbc.queryForObject("select @@innodb_buffer_pool_size div 1048576",
                Long.class) + " MB; tables (data + indexes, MB): " + jdbc.queryForList("select table_name, "
                + "(data_length + index_length) div 1048576 as mb from information_schema.tables where table_schema = "
                + "database() and (data_length + index_length) > 10485760 order by 2 desc"));
        login("admin", "ADMIN", "OFFICER");

        var all = StaffFilter.all();
        var district = new StaffFilter(null, null, "Skogås", null, null, null, false, null, StaffFilter.Sort.SUBMITTED, false);
        var search = new StaffFilter("lekplats", null, null, null, null, null, false, null, StaffFilter.Sort.SUBMITTED, false);
        var overdue = new StaffFilter(null, null, null, null, null, null, true, null, StaffFilter.Sort.SUBMITTED, false);
        var tenThousand = new StaffFilter(null, null, null, "parker", null, null, false, null, StaffFilter.Sort.SUBMITTED, false);

        timeView("Overview: the whole view (Karibu)", 300, () -> view("granskning"));
        time("  part: view, figures (service)", 0, () -> overview.figures());
        time("  part: view, prize rounds not decided", 0, () -> rounds.undecided());
        time("  part: view, failed letters counted", 0, () -> letters.countFailed());
        time("  part: view, the 20 latest letters", 0, () -> letters.latest(20));
        time("  part: view, the cards' queues", 0, () -> queues.stream().mapToLong(q -> q.count()).sum());
        var from2026 = at("2026-01-01T00:00:00");
        var from2025 = at("2025-01-01T00:00:00");
        var now = clock.instant();
        time("Overview: figures, key figures counted (once a minute)", 300, () -> {
            keyFigures.count();
            return overview.figures();
        });
        // the year's key figures are kept for a minute (KeyFigures): the clock stands still, so these runs find them
        time("Overview: figures (service), key figures kept", 300, () -> overview.figures());
        time("  part: key figures of the year counted", 0, () -> keyFigures.count());
        time("  part: due and overdue steps", 0, () -> jdbc.queryForList("select coalesce(sum(due < current_date), 0), "
                + "count(*) from (select " + se.huddinge.delaktighet.proposal.WaitingStep.sql("p") + " as due from "
                + "proposal p where " + se.huddinge.delaktighet.proposal.WaitingStep.sqlWaiting("p") + ") d"));
        time("  part: proposals by status", 0, () -> jdbc.queryForList("select status, count(*) from proposal group by status"));
        time("  part: the year's counts (timeline)", 0, () -> timeline.counts(from2026, now));
        for (ServiceStep step : ServiceStep.values()) {
            time("  part: handling times, " + step, 0, () -> handlingTimes.of(step, from2026, now, clock.getZone()));
        }
        time("  part: follow-up, still open at a date", 0, () -> timeline.openAt(from2026));
        time("  part: follow-up, per district", 0, () -> timeline.table("district", List.of("t.status = 'PUBLISHED'"),
                List.of("IN_MODERATION", "PUBLISHED", "NOT_PUBLISHED", "THRESHOLD_REACHED", "DECIDED"), from2025, from2026));
        time("  part: follow-up, per month", 0, () -> timeline.perMonth(List.of(
                se.huddinge.delaktighet.proposal.ProposalStatus.IN_MODERATION), 2025, clock.getZone()));
        timeView("Overview: the whole view (Karibu), again", 300, () -> view("granskning"));
        if (Boolean.getBoolean("volume.overviewOnly")) {
            printReport();
            return;
        }
        time("List, first page + count, no filter", 200, () -> firstPage(all));
        time("List, first page + count, district filter", 200, () -> firstPage(district));
        time("List, first page + count, search 'lekplats'", 200, () -> firstPage(search));
        time("List, first page + count, overdue", 200, () -> firstPage(overdue));
        time("List, sorted by supports", 200, () -> firstPage(all.sortedBy(StaffFilter.Sort.SUPPORTS, false)));
        timeView("List view: first page rendered (Karibu)", 200, () -> {
            view("granskning/lista");
            Grid<?> grid = com.github.mvysny.kaributesting.v10.LocatorJ._get(Grid.class, s -> s.withId("proposals"));
            return GridKt._size(grid);
        });
        var allNominations = NominationFilter.all();
        var associations = new NominationFilter(null, 2026, null, NomineeKind.ASSOCIATION, null,
                NominationFilter.Sort.SUBMITTED, false);
        var youth = new NominationFilter("ungdomsrådet", null, null, null, null, NominationFilter.Sort.SUBMITTED, false);
        time("Nominations, first page + count, no filter", 200, () -> nominationList.page(allNominations, 0, 50).size()
                + nominationList.count(allNominations));
        time("Nominations, first page + count, year and kind", 200, () -> nominationList.page(associations, 0, 50).size()
                + nominationList.count(associations));
        time("Nominations, first page + count, search 'ungdomsrådet'", 200, () -> nominationList.page(youth, 0, 50).size()
                + nominationList.count(youth));
        time("Nominations, sorted by nominee", 200, () -> nominationList.page(allNominations.sortedBy(
                NominationFilter.Sort.NOMINEE, true), 0, 50).size() + nominationList.count(allNominations));
        time("Nominations CSV export, " + nominationList.count(allNominations) + " rows", 2000,
                () -> write(out -> nominationList.exportCsv(allNominations, SV, out)));
        login("ledamot", "COMMITTEE");
        var toScore = new NominationFilter(null, null, null, null, PrizeReview.MyState.TO_SCORE,
                NominationFilter.Sort.SUBMITTED, false);
        time("Nominations, first page + count, not yet scored by me", 200, () -> nominationList.page(toScore, 0, 50).size()
                + nominationList.count(toScore));
        timeView("Nominations view: first page rendered (Karibu)", 200, () -> {
            view("granskning/nomineringar");
            Grid<?> grid = com.github.mvysny.kaributesting.v10.LocatorJ._get(Grid.class, s -> s.withId("nominations"));
            return GridKt._size(grid);
        });
        var allBelow = BelowThresholdFilter.all();
        var belowFiltered = new BelowThresholdFilter("Skogås", "parker", 2025, 10, 80, BelowThresholdFilter.Sort.CLOSED,
                false);
        time("Below the threshold, first page + count, no filter", 200, () -> below.page(allBelow, 0, 50).size()
                + below.count(allBelow));
        time("Below the threshold, district, category, year, supports", 200, () -> below.page(belowFiltered, 0, 50)
                .size() + below.count(belowFiltered));
        time("Below the threshold, sorted by supports", 200, () -> below.page(allBelow.sortedBy(
                BelowThresholdFilter.Sort.SUPPORTS, false), 0, 50).size() + below.count(allBelow));
        time("Below the threshold CSV export, " + below.count(allBelow) + " rows", 2000,
                () -> write(out -> below.exportCsv(allBelow, SV, out)));
        login("admin", "ADMIN", "OFFICER");
        time("CSV export, " + list.count(tenThousand) + " rows", 2000, () -> write(out -> list.exportCsv(tenThousand, SV, out)));
        time("Annual follow-up 2025: figures", 2000, () -> followUps.of(2025));
        time("Annual follow-up 2025: screen (figures, charts)", 2000, () -> followUps.html(2025, SV));
        time("Annual follow-up 2025: PDF", 2000, () -> write(out -> followUps.pdf(2025, SV, out)));
        time("Annual follow-up 2025: CSV", 2000, () -> write(out -> followUps.csv(2025, SV, out)));
        time("Statistics 2025: four charts", 2000, () -> statistics.ofYear(2025, SV));
        time("Supports over time, 100,000 supports", 2000, () -> statistics.supports(reference(), SV));
        time("Open data JSON, first page of 100", 200, () -> openData.page(0, 100));
        time("Open data JSON, page 700 of 100", 200, () -> openData.page(700, 100));
        time("Audit trail, first page + count", 200, () -> {
            var f = new AuditTrail.Filter(null, null, null, null);
            return audit.page(f, 0, 50).size() + audit.count(f);
        });

        printReport();
        explain("List, no filter", "select p.id from proposal p where p.status <> 'SUBMITTED' order by p.submitted_at desc, p.id desc limit 50");
        explain("List, district", "select p.id from proposal p where p.status <> 'SUBMITTED' and p.district = 'Skogås' order by p.submitted_at desc, p.id desc limit 50");
        explain("List, search", "select p.id from proposal p where p.status <> 'SUBMITTED' and match(p.title, p.body) against ('+lekplats*' in boolean mode) order by p.submitted_at desc, p.id desc limit 50");
        explain("Handling times, moderation ends", "select s.at, d.at from proposal_timeline d join proposal_timeline s on s.proposal_id = d.proposal_id and s.status = 'IN_MODERATION' where d.at >= '2025-01-01' and d.at < '2026-01-01' and d.status in ('PUBLISHED', 'NOT_PUBLISHED')");
        explain("Nominations, not yet scored by me", "select n.id from nomination n "
                + "left join nomination_review v on v.nomination_id = n.id and v.member = 'ledamot' where "
                + "n.status <> 'AWAITING_CONFIRMATION' and v.id is null order by n.submitted_at desc, n.id desc limit 50");
        explain("Nominations, search", "select n.id from nomination n where n.status <> 'AWAITING_CONFIRMATION' and "
                + "match(n.nominee_name, n.nominee_tie) against ('+ungdomsrådet*' in boolean mode) order by "
                + "n.submitted_at desc, n.id desc limit 50");
        explain("Below the threshold, filtered", "select p.id from proposal p where p.status = 'CLOSED_BELOW_THRESHOLD' "
                + "and p.district = 'Skogås' and p.category = 'parker' and p.closed_at >= '2024-12-31 23:00' and "
                + "p.closed_at < '2025-12-31 23:00' and p.support_count >= 10 and p.support_count <= 80 order by "
                + "p.closed_at desc, p.id desc limit 50");
        explain("Follow-up, year counts", "select count(*) from proposal_timeline where at >= '2025-01-01' and at < '2026-01-01'");
    }

    private void printReport() {
        System.out.println("\nServer time per screen, median of " + RUNS + " runs after a warm-up (target in brackets):");
        report.forEach(System.out::println);
        explain("Overview, approved proposals", "select count(*) from proposal where decision = 'BIFALL' and "
                + "decided_at < '2026-11-27 09:00'");
    }

    private Object firstPage(StaffFilter filter) {
        return list.page(filter, 0, 50).size() + list.count(filter);
    }

    private String reference() {
        return jdbc.queryForObject("select reference from proposal where id = ?", String.class, BenchmarkData.POPULAR);
    }

    private static int write(java.util.function.Consumer<OutputStream> writer) {
        var out = new ByteArrayOutputStream();
        writer.accept(out);
        return out.size();
    }

    /**
     * Opens a staff view from another page, as a click in the menu does, and checks that it was built anew: a view
     * opened again from its own address keeps its instance (Vaadin reuses the route target of the same class), which
     * would time nothing. The start page is opened before the timer starts ({@link #timeView}).
     */
    private Object view(String route) {
        var before = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        UI.getCurrent().navigate(route);
        var shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        if (shown == before || shown == lastView) {
            throw new IllegalStateException(route + " was not built anew");
        }
        lastView = shown;
        return shown;
    }

    private void time(String screen, long targetMs, Supplier<Object> work) {
        time(screen, targetMs, () -> { }, work);
    }

    /** A view's build: from the start page, which is opened before the timer starts. */
    private void timeView(String screen, long targetMs, Supplier<Object> work) {
        time(screen, targetMs, () -> UI.getCurrent().navigate(""), work);
    }

    private void time(String screen, long targetMs, Runnable before, Supplier<Object> work) {
        try {
            before.run();
            work.get();
            long[] ms = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                before.run();
                long t = System.nanoTime();
                work.get();
                ms[i] = (System.nanoTime() - t) / 1_000_000;
            }
            Arrays.sort(ms);
            long median = ms[RUNS / 2];
            report.add(targetMs == 0
                    ? String.format("  %-52s %6d ms  runs %s", screen, median, Arrays.toString(ms))
                    : String.format("  %-52s %6d ms  (≤ %d ms)%s  runs %s", screen, median, targetMs,
                    median <= targetMs ? "" : "  MISSED", Arrays.toString(ms)));
        } catch (RuntimeException e) {
            report.add(String.format("  %-52s failed: %s", screen, e));
        }
    }

    private void explain(String name, String sql) {
        System.out.println("\nEXPLAIN " + name + ":");
        jdbc.queryForList("explain " + sql).forEach(row -> System.out.println("  " + row));
    }

    private String count(String table) {
        return String.format("%,d", jdbc.queryForObject("select count(*) from " + table, Long.class));
    }

    private static java.time.Instant at(String stockholm) {
        return LocalDateTime.parse(stockholm).atZone(MutableClock.STOCKHOLM).toInstant();
    }
}
