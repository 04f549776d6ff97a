package se.huddinge.delaktighet.benchmark;

import static org.awaitility.Awaitility.await;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.PortalTest;
import se.huddinge.delaktighet.TestSmtp;
import se.huddinge.delaktighet.load.SmtpSink;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.ProposalCaseService;

/**
 * A decision reaches 100,000 supporters who asked to hear (issue 17, item 9; docs/benchmarks.md): the officer's
 * click through the real service, timed; then every letter written and handed to the benchmarks' own SMTP sink
 * ({@link SmtpSink}: it keeps a tally, not the letters), with the heap sampled all the while. Prints the click's time,
 * the heap, the time until all letters are written and sent, and the count check (exactly one letter per supporter,
 * none twice). Not part of {@code verify}: {@code ./mvnw -Pbenchmark test -Dtest=LetterFanOutBenchmark}. The batch is
 * the production default (200), not the tests' 100.
 */
@PortalTest
@TestPropertySource(properties = "portal.letters.fan-out-batch=200")
class LetterFanOutBenchmark {

    static final int SUBSCRIBERS = 100_000;
    private static final long MB = 1024 * 1024;

    @Autowired
    ProposalCaseService cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Value("${portal.letters.fan-out-batch}")
    int batch;

    @Test
    void a_decision_reaches_100_000_subscribers() throws Exception {
        Database.clear(jdbc);
        clock.setTo("2026-11-27T10:00:00");
        long start = System.nanoTime();
        long warmUp = BenchmarkData.referredProposal(jdbc, 1);
        BenchmarkData.subscribers(jdbc, warmUp, 10, "prov");
        long id = BenchmarkData.referredProposal(jdbc, 2);
        BenchmarkData.subscribers(jdbc, id, SUBSCRIBERS, "stod");
        jdbc.execute("analyze table support");
        System.out.printf("%nGenerated in %d s: %,d supporters who asked to hear%n", seconds(start),
                count("select count(*) from support where notify_on_decision and proposal_id = " + id));
        String reference = jdbc.queryForObject("select reference from proposal where id = ?", String.class, id);

        var sink = new SmtpSink(TestSmtp.port());
        sink.start();
        try (var heap = new HeapWatch()) {
            // the first decision after the start, on a proposal with 10 supporters: the code's first run, not counted
            long coldMs = decide(warmUp);
            await("the warm-up's 11 letters").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                    .until(() -> sink.letters() >= 11);

            long baseline = heap.liveNow();
            heap.reset();
            long clicked = System.nanoTime();
            long clickMs = decide(id);

            long expected = SUBSCRIBERS + 1 + 11; // and the author's letter, after the warm-up's 11
            // a wall-clock measurement: the round runs on its own threads, so the test waits for the sink
            var watch = new RoundWatch(reference, clicked, expected, heap, sink);
            await("every letter at the sink").atMost(Duration.ofHours(2)).pollInterval(Duration.ofMillis(200))
                    .until(watch::allArrived);
            long sentMs = (System.nanoTime() - clicked) / 1_000_000;
            long writtenMs = watch.writtenMs < 0 ? sentMs : watch.writtenMs;
            // a letter sent twice would arrive now: the count stays exact for 2 s
            await("no second copy").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> sink.letters() == expected);
            long liveEnd = heap.liveNow();

            String mine = " from letter where template = 'supporter-decided' and subject_ref = '" + reference + "'";
            long letters = count("select count(*)" + mine);
            long recipients = count("select count(distinct recipient)" + mine);
            long notSent = count("select count(*) from letter where status <> 'SENT'");
            long atSink = sink.letters();
            long addresses = sink.recipients();
            long doubledAddresses = sink.doubledRecipients("@example.se");
            long doubledIds = sink.doubledMessageIds("@example.se").size();
            sink.close();

            System.out.printf("%nA decision for %,d supporters who asked to hear, batches of %d:%n", SUBSCRIBERS, batch);
            System.out.printf("  the officer's click (ProposalCaseService.decide)   %7d ms (≤ 1,000 ms)%s%n", clickMs,
                    clickMs <= 1000 ? "" : "  MISSED");
            System.out.printf("  the first click after the start (10 supporters)    %7d ms%n", coldMs);
            System.out.printf("  all letters written                                %7d s%n", writtenMs / 1000);
            System.out.printf("  all letters at the SMTP sink                       %7d s (%.0f letters/s)%n",
                    sentMs / 1000, (SUBSCRIBERS + 1) * 1000.0 / sentMs);
            System.out.printf("  heap used, highest sample (every 100 ms)           %7d MB%n", heap.maxUsed() / MB);
            System.out.printf("  heap after a GC, highest during the round          %7d MB%n", heap.maxAfterGc() / MB);
            System.out.printf("  live heap before the click / after the round       %7d / %d MB (the sink's tally of "
                    + "%,d addresses included)%n", baseline / MB, liveEnd / MB, addresses);
            System.out.printf("  heap limit (-Xmx)                                  %7d MB%n",
                    Runtime.getRuntime().maxMemory() / MB);
            System.out.printf("  outbox: %,d letters to supporters, %,d distinct recipients, %,d not SENT%n", letters,
                    recipients, notSent);
            System.out.printf("  sink: %,d letters to %,d addresses; addresses with two Message-IDs %d, Message-IDs "
                    + "twice %d%n", atSink, addresses, doubledAddresses, doubledIds);
            System.out.printf("  load average at the end: %.1f%n", load());
            System.out.println("  largest classes on the heap after the round:");
            histogram().lines().skip(2).limit(6).forEach(line -> System.out.println("    " + line.strip()));
            boolean exact = letters == SUBSCRIBERS && recipients == SUBSCRIBERS && notSent == 0 && atSink == expected
                    && addresses == expected && doubledAddresses == 0 && doubledIds == 0;
            // (the sink's figures include the warm-up's 11 letters to 11 other addresses)
            System.out.println("  count check: " + (exact ? "exact, every supporter once" : "NOT EXACT"));
            if (!exact) {
                throw new AssertionError("letters lost or doubled");
            }
        } finally {
            sink.close();
        }
    }

    /** The officer's click on "Registrera beslut": the service call the decision form makes; in ms. */
    private long decide(long proposalId) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("officer", null,
                List.of(new SimpleGrantedAuthority("ROLE_OFFICER"))));
        try {
            long version = cases.get(proposalId).version(); // the form holds it already
            long clicked = System.nanoTime();
            cases.decide(proposalId, version, Decision.BIFALL, "Nämnden bifaller förslaget.",
                    LocalDate.of(2026, 11, 24), "NBN 2026-11-24 § 9");
            return (System.nanoTime() - clicked) / 1_000_000;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** {@code jcmd GC.class_histogram}, from inside. */
    private static String histogram() throws Exception {
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * What the wait for a round looks at every 200 ms: when every supporter's letter was written (a cheap count every
     * 2 s), a line of progress every 30 s, and a failure when no letter arrived for 2 minutes (no timer retries a
     * letter here: the clock stands still, so a letter that failed stays behind).
     */
    private final class RoundWatch {
        private final String reference;
        private final long clicked;
        private final long expected;
        private final HeapWatch heap;
        private final SmtpSink sink;
        long writtenMs = -1;
        private long written;
        private long lastCounted;
        private long lastReport;
        private long lastCount = -1;
        private long lastProgress = System.nanoTime();

        RoundWatch(String reference, long clicked, long expected, HeapWatch heap, SmtpSink sink) {
            this.reference = reference;
            this.clicked = clicked;
            this.expected = expected;
            this.heap = heap;
            this.sink = sink;
        }

        boolean allArrived() {
            long elapsed = (System.nanoTime() - clicked) / 1_000_000;
            if (writtenMs < 0 && elapsed - lastCounted >= 2_000) {
                // the cheapest count (an index): this decision's letters, the author's among them
                lastCounted = elapsed;
                written = count("select count(*) from letter where subject_ref = '" + reference + "'") - 1;
                if (written == SUBSCRIBERS) {
                    writtenMs = elapsed;
                }
            }
            if (elapsed - lastReport >= 30_000) {
                lastReport = elapsed;
                System.out.printf("  %4d s: %,d letters to supporters written, %,d at the sink, heap %d MB, "
                        + "load %.1f%n", elapsed / 1000, written, sink.letters(), heap.usedNow() / MB, load());
            }
            if (sink.letters() != lastCount) {
                lastCount = sink.letters();
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > 120_000_000_000L) {
                throw new AssertionError("no letter arrived for 2 minutes: " + sink.letters() + " of " + expected
                        + "; letters by status: " + jdbc.queryForList("select status, count(*) from letter "
                        + "group by status"));
            }
            return sink.letters() >= expected;
        }
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000;
    }

    /**
     * The heap while the round runs: the highest "used" of samples every 100 ms (garbage included), and the highest
     * heap left after any garbage collection (what is really held).
     */
    private static final class HeapWatch implements AutoCloseable {

        private final java.util.Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(java.util.stream.Collectors.toSet());
        private final AtomicLong maxUsed = new AtomicLong();
        private final AtomicLong maxAfterGc = new AtomicLong();
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("heap-watch").factory());
        private final NotificationListener onGc = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(pool -> heapPools.contains(pool.getKey()))
                        .mapToLong(pool -> pool.getValue().getUsed()).sum();
                maxAfterGc.accumulateAndGet(after, Math::max);
            }
        };

        HeapWatch() {
            ManagementFactory.getGarbageCollectorMXBeans()
                    .forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(onGc, null, null));
            sampler.scheduleAtFixedRate(() -> maxUsed.accumulateAndGet(usedNow(), Math::max), 0, 100,
                    TimeUnit.MILLISECONDS);
        }

        long usedNow() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        /** What is held now: the heap after a full collection. */
        long liveNow() {
            System.gc();
            return usedNow();
        }

        /** Forgets the highest figures so far: the round's own are measured from here. */
        void reset() {
            maxUsed.set(0);
            maxAfterGc.set(0);
        }

        long maxUsed() {
            return maxUsed.get();
        }

        long maxAfterGc() {
            return maxAfterGc.get();
        }

        @Override
        public void close() throws Exception {
            sampler.shutdownNow();
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).removeNotificationListener(onGc);
            }
        }
    }
}
