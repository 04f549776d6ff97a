package se.huddinge.delaktighet.proposal;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.event.EventListener;

/**
 * For {@link SupportConcurrencyTest}, in every {@code @PortalTest} context: record the support events from every
 * thread ({@code ApplicationEvents} records the test's own thread only). They only record; a test that reads them
 * clears them first.
 */
public final class SupportEventRecorders {

    private SupportEventRecorders() {
    }

    /** Every SupportRequested event, from every thread. */
    public static class RecordRequests {
        final Queue<ProposalEvents.SupportRequested> events = new ConcurrentLinkedQueue<>();

        @EventListener
        void on(ProposalEvents.SupportRequested event) {
            events.add(event);
        }
    }

    /** Counts ThresholdReached events from every thread. */
    public static class CountThresholdEvents {
        final AtomicInteger count = new AtomicInteger();

        @EventListener
        void on(ProposalEvents.ThresholdReached event) {
            count.incrementAndGet();
        }
    }
}
