package se.huddinge.delaktighet;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import se.huddinge.delaktighet.base.SlowListener;
import se.huddinge.delaktighet.proposal.CommitFailures;
import se.huddinge.delaktighet.proposal.FailsOnceLikeADeadlock;
import se.huddinge.delaktighet.proposal.SupportEventRecorders;
import se.huddinge.delaktighet.security.SwitchableFloodGuard;

/**
 * What a few tests need beside the portal, in the one context every {@code @PortalTest} shares, so that none of them
 * starts a context of its own (docs/benchmarks.md, "Spring contexts in the test suite"). Each is harmless to the
 * other tests: recorders that only record, a listener of an event only its test publishes, and fakes that stay off
 * until their test switches them on (and off) in its own code.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SupportEventRecorders.RecordRequests.class, SupportEventRecorders.CountThresholdEvents.class,
        SlowListener.class, FailsOnceLikeADeadlock.class, CommitFailures.class, SwitchableFloodGuard.class})
public class PortalTestBeans {
}
