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

    record Result(int sessions, double kbPerSession, double sessionsSeen) {
    }

    private final String base;
    private final PortalProcess portal;

    IdleSessions(String base, PortalProcess portal) {
        this.base = base;
        this.portal = portal;
    }

    Result run(String route, int count) throws Exception {
        long before = liveHeapKb();
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
        return new Result(kept.size(), (after - before) / (double) kept.size(), sessions);
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
