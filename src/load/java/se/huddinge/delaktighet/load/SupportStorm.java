package se.huddinge.delaktighet.load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * N residents, each in a loop: a new visitor opens a published proposal, enters an address, presses support, waits
 * for the letter at the sink, opens its link and presses confirm (9 requests). A support counts for the driver when
 * the confirm answer says "Ditt stöd är räknat". The first {@code warmUp} is not recorded.
 */
final class SupportStorm {

    static final String DOMAIN = "@load.example";
    static final String COUNTED = "Ditt stöd är räknat";

    /** {@code cpuSeconds}: what {@link #measuringCpu} read at the end of the measured time less at its start. */
    record Result(long confirmed, double seconds, long requested, long acknowledgedTotal, long requestedTotal,
                  double cpuSeconds) {
        double perSecond() {
            return confirmed / seconds;
        }
    }

    /** The CPU seconds a process has used (the portal's), read when the measured time starts and ends. */
    private java.util.function.DoubleSupplier measuringCpu = () -> 0;
    private final String base;
    private final SmtpSink sink;
    private final Stats stats;
    private final List<String> references;
    private final AtomicInteger serial;
    /** The domain of this storm's addresses: each fault run has its own, so its checks count only its residents. */
    final String domain;
    /** The bare Vaadin flow of the same shape (the ceiling): its two views, no database, no letter. */
    private final boolean bare;
    /** Every address whose support the driver saw counted, and every address that asked (over all runs). */
    final java.util.Set<String> acknowledged;
    final java.util.Set<String> asked;

    SupportStorm(String base, SmtpSink sink, Stats stats, List<String> references) {
        this(base, sink, stats, references, DOMAIN, false);
    }

    SupportStorm(String base, SmtpSink sink, Stats stats, List<String> references, String domain) {
        this(base, sink, stats, references, domain, false);
    }

    private SupportStorm(String base, SmtpSink sink, Stats stats, List<String> references, String domain,
                         boolean bare) {
        this.base = base;
        this.domain = domain;
        this.sink = sink;
        this.stats = stats;
        this.references = references;
        this.serial = new AtomicInteger();
        this.acknowledged = ConcurrentHashMap.newKeySet();
        this.asked = ConcurrentHashMap.newKeySet();
        this.bare = bare;
    }

    /** The same journey through the portal's bare flow ({@code load/ceiling/BareFlow}), which stores nothing. */
    static SupportStorm bareFlow(String base, Stats stats) {
        return new SupportStorm(base, null, stats, List.of("-"), DOMAIN, true);
    }

    /** Another storm against the same portal that adds to the same record of what was asked and counted. */
    SupportStorm(SupportStorm same, Stats stats) {
        this.base = same.base;
        this.sink = same.sink;
        this.stats = stats;
        this.references = same.references;
        this.serial = same.serial;
        this.domain = same.domain;
        this.acknowledged = same.acknowledged;
        this.asked = same.asked;
        this.bare = same.bare;
    }

    private final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);

    /** Ends the storm before its measured time is up. */
    void stop() {
        stopped.countDown();
    }

    /** Starts the storm on its own thread, without warm-up, for at most {@code max} or until {@link #stop()}. */
    Thread inBackground(int residents, Duration max) {
        return Thread.ofVirtual().start(() -> {
            try {
                run(residents, Duration.ZERO, max);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Reads {@code cpu} at the start and the end of the measured time (the result's {@code cpuSeconds}). */
    SupportStorm measuringCpu(java.util.function.DoubleSupplier cpu) {
        this.measuringCpu = cpu;
        return this;
    }

    Result run(int residents, Duration warmUp, Duration measured) throws InterruptedException {
        var confirmed = new AtomicLong();
        var requested = new AtomicLong();
        var measuring = new java.util.concurrent.atomic.AtomicBoolean(false);
        var end = new AtomicLong(System.nanoTime() + warmUp.toNanos() + measured.toNanos());
        stats.recording(false);
        var threads = new java.util.ArrayList<Thread>();
        for (int r = 0; r < residents; r++) {
            int resident = r;
            threads.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < end.get()) {
                    boolean counting = measuring.get();
                    String reference = references.get(resident % references.size());
                    String email = nextEmail();
                    try {
                        journey(reference, email, counting ? requested : new AtomicLong());
                        if (counting && measuring.get()) {
                            confirmed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        stats.error("journey", e.toString());
                        sleep(200);
                    }
                }
            }));
        }
        Thread.sleep(warmUp.toMillis());
        stats.recording(true);
        double cpuStart = measuringCpu.getAsDouble();
        measuring.set(true);
        long start = System.nanoTime();
        stopped.await(measured.toMillis(), TimeUnit.MILLISECONDS);
        measuring.set(false);
        double cpu = measuringCpu.getAsDouble() - cpuStart;
        end.set(System.nanoTime());
        double seconds = (System.nanoTime() - start) / 1e9;
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(90));
        }
        stats.recording(false);
        return new Result(confirmed.get(), seconds, requested.get(), acknowledged.size(), asked.size(), cpu);
    }

    /** A new resident's address. */
    String nextEmail() {
        return "r" + serial.incrementAndGet() + domain;
    }

    private void journey(String reference, String email, AtomicLong requested) throws Exception {
        if (bare) {
            bareJourney(email, requested);
            return;
        }
        var user = new VaadinUser(base, stats);
        long clicked = ask(user, reference, email);
        requested.incrementAndGet();
        var received = sink.letterFor(email).get(120, TimeUnit.SECONDS);
        stats.time("click to letter", received.arrivedNanos() - clicked);
        confirm(user, received);
    }

    /** Opens the proposal, enters the address and presses support; returns when support was pressed (nanoTime). */
    long ask(VaadinUser user, String reference, String email) throws Exception {
        user.open("1 open proposal", "forslag/" + reference);
        user.type("2 enter address", "support-email", email);
        sink.letterFor(email);
        asked.add(email);
        long clicked = System.nanoTime();
        user.click("3 press support", "support-send");
        if (!user.shows("support-result")) {
            throw new IllegalStateException("no 'Kolla din e-post' after support for " + email);
        }
        return clicked;
    }

    /** Opens the link in the letter and presses confirm; the support then counts for the driver. */
    void confirm(VaadinUser user, SmtpSink.Letter received) throws Exception {
        if (received.link() == null) {
            throw new IllegalStateException("no confirmation link in the letter to " + received.recipient());
        }
        String path = received.link().substring(received.link().indexOf("/stod/") + 1);
        user.open("4 open link", path);
        String answer = user.click("5 press confirm", "link-action");
        if (!answer.contains(COUNTED)) {
            throw new IllegalStateException("confirm did not say counted for " + received.recipient());
        }
        acknowledged.add(received.recipient());
    }

    String base() {
        return base;
    }

    Stats stats() {
        return stats;
    }

    private void bareJourney(String email, AtomicLong requested) throws Exception {
        var user = new VaadinUser(base, stats);
        user.open("1 open proposal", "belastning/a");
        user.type("2 enter address", "support-email", email);
        user.click("3 press support", "support-send");
        if (!user.shows("support-result")) {
            throw new IllegalStateException("no answer after send in the bare flow");
        }
        requested.incrementAndGet();
        user.open("4 open link", "belastning/b/" + Integer.toHexString(email.hashCode()));
        if (!user.click("5 press confirm", "link-action").contains(COUNTED)) {
            throw new IllegalStateException("confirm did not say counted in the bare flow");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
