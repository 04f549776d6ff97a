package se.huddinge.delaktighet.load;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** Times (nanoseconds) per step and errors per step, recorded from many virtual threads. */
final class Stats {

    private final Map<String, Samples> times = new ConcurrentSkipListMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, String> firstError = new ConcurrentHashMap<>();
    private volatile boolean recording = true;
    private final AtomicLong firstErrorNanos = new AtomicLong();
    private final AtomicLong lastErrorNanos = new AtomicLong();

    void recording(boolean on) {
        recording = on;
    }

    void time(String step, long nanos) {
        if (recording) {
            times.computeIfAbsent(step, s -> new Samples()).add(nanos);
        }
    }

    void error(String step, String what) {
        errors.computeIfAbsent(step, s -> new AtomicLong()).incrementAndGet();
        firstError.putIfAbsent(step, what);
        long now = System.nanoTime();
        firstErrorNanos.compareAndSet(0, now);
        lastErrorNanos.accumulateAndGet(now, Math::max);
    }

    /** When the first and the last error happened (System.nanoTime), or zeros when there was none. */
    long[] errorWindow() {
        return new long[] {firstErrorNanos.get(), lastErrorNanos.get()};
    }

    long errorCount() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long errorCount(String step) {
        AtomicLong n = errors.get(step);
        return n == null ? 0 : n.get();
    }

    Map<String, String> errors() {
        var all = new LinkedHashMap<String, String>();
        errors.forEach((step, n) -> all.put(step, n.get() + " (first: " + firstError.get(step) + ")"));
        return all;
    }

    /** p50, p95, p99 and count of a step, milliseconds. */
    Map<String, double[]> percentiles() {
        var all = new LinkedHashMap<String, double[]>();
        times.forEach((step, samples) -> all.put(step, samples.percentiles()));
        return all;
    }

    double[] percentiles(String step) {
        Samples s = times.get(step);
        return s == null ? new double[] {0, 0, 0, 0} : s.percentiles();
    }

    static final class Samples {
        private long[] values = new long[1024];
        private int size;

        synchronized void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        synchronized double[] percentiles() {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return new double[] {at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), size};
        }

        private static double at(long[] sorted, double q) {
            if (sorted.length == 0) {
                return 0;
            }
            int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
            return sorted[Math.max(0, i)] / 1e6;
        }
    }
}
