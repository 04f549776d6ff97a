package se.huddinge.delaktighet.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;

/**
 * Visitors who open a page and stay: N sessions, each with its UI built, holding nothing else. Heap per session =
 * (live heap after a full GC with the sessions) − (before), over N; the live heap is read with {@code jcmd GC.run}
 * and {@code GC.heap_info} on the portal's JVM.
 */
final class IdleSessions {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    /**
     * {@code kbPerSession} with the driver's connections still open (each visitor's keep-alive connection holds
     * Tomcat's socket buffers until its idle timeout), {@code kbSessionOnly} after the driver closed them, as they
     * are between a visitor's requests once the connection has timed out; {@code topClasses} is the latter's growth.
     */
    record Result(int sessions, double kbPerSession, double kbSessionOnly, double sessionsSeen, String topClasses) {
    }

    private static final Pattern HISTOGRAM_LINE = Pattern.compile("\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*");

    private final String base;
    private final PortalProcess portal;

    IdleSessions(String base, PortalProcess portal) {
        this.base = base;
        this.portal = portal;
    }

    Result run(String route, int count) throws Exception {
        long before = liveHeapKb();
        var classesBefore = histogram();
        var stats = new Stats();
        List<VaadinUser> kept = java.util.Collections.synchronizedList(new ArrayList<>());
        var parallel = new Semaphore(8);
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < count; i++) {
            parallel.acquire();
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    var user = new VaadinUser(base, stats);
                    user.open("idle", route);
                    kept.add(user);
                } catch (Exception e) {
                    stats.error("idle", e.toString());
                } finally {
                    parallel.release();
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double sessions = portal.metric("tomcat.sessions.active.current");
        long after = liveHeapKb();
        if (stats.errorCount() > 0) {
            throw new IllegalStateException("idle sessions failed: " + stats.errors());
        }
        kept.forEach(VaadinUser::close);
        Thread.sleep(2000);
        long sessionOnly = liveHeapKb();
        var classesAfter = histogram();
        var growth = new java.util.HashMap<String, Long>();
        classesAfter.forEach((name, bytes) -> growth.put(name, bytes - classesBefore.getOrDefault(name, 0L)));
        writeGrowth(route, growth, kept.size());
        String top = growth.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(8).map(e -> String.format("%s %.1f KB", e.getKey().replaceFirst("^.*\\.", ""),
                        e.getValue() / 1024.0 / kept.size())).reduce((a, b) -> a + ", " + b).orElse("");
        return new Result(kept.size(), (after - before) / (double) kept.size(),
                (sessionOnly - before) / (double) kept.size(), sessions, top);
    }

    /**
     * Every class that grew, per session, into {@code target/load/idle-<page>.txt}; with {@code -Dload.heapdump=true}
     * also a heap dump of the portal with the sessions open ({@code idle-<page>.hprof}), to see who holds what.
     */
    private void writeGrowth(String route, java.util.Map<String, Long> growth, int sessions) throws Exception {
        String name = route.isEmpty() ? "start" : route.replaceAll("[^a-zA-Z0-9]+", "-");
        var dir = java.nio.file.Path.of("target", "load").toAbsolutePath();
        var lines = growth.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format("%10.1f KB  %s", e.getValue() / 1024.0 / sessions, e.getKey())).toList();
        java.nio.file.Files.write(dir.resolve("idle-" + name + ".txt"), lines);
        if (Boolean.getBoolean("load.heapdump")) {
            portal.jcmd("GC.heap_dump", dir.resolve("idle-" + name + ".hprof").toString());
        }
    }

    /** Bytes per class of the live heap ({@code jcmd GC.class_histogram}, which runs a full GC first). */
    private java.util.Map<String, Long> histogram() throws Exception {
        var bytes = new java.util.HashMap<String, Long>();
        for (String line : portal.jcmd("GC.class_histogram").lines().toList()) {
            var m = HISTOGRAM_LINE.matcher(line);
            if (m.matches()) {
                bytes.merge(m.group(3), Long.parseLong(m.group(2)), Long::sum);
            }
        }
        return bytes;
    }

    long liveHeapKb() throws Exception {
        portal.jcmd("GC.run");
        portal.jcmd("GC.run");
        var m = USED.matcher(portal.jcmd("GC.heap_info"));
        if (!m.find()) {
            throw new IllegalStateException("no heap figure from jcmd");
        }
        return Long.parseLong(m.group(1));
    }
}
