package se.huddinge.delaktighet.security;

import java.time.Clock;
import org.springframework.context.annotation.Primary;

/**
 * The flood guard of every {@code @PortalTest} context: the portal's own {@link FloodGuard} with the test profile's
 * limits (so high that no test meets them), until a test switches to limits of its own with {@link #use}; then a
 * fresh {@link FloodGuard} with those limits answers, empty buckets, until {@link #useConfigured}. So
 * {@code FloodsAndUploadsTest} shares the context of the other tests instead of starting one for its limits.
 * Only {@link FloodGuard#check} and {@link FloodGuard#waitMinutes}, the guard's public methods, are switched.
 */
@Primary
public class SwitchableFloodGuard extends FloodGuard {

    private final Clock clock;
    private volatile FloodGuard own;

    SwitchableFloodGuard(FloodLimits limits, Clock clock) {
        super(limits, clock);
        this.clock = clock;
    }

    /** From now on the forms are counted against {@code limits}, from full buckets. */
    public void use(FloodLimits limits) {
        own = new FloodGuard(limits, clock);
    }

    /** Back to the configured limits ({@code portal.floods.*}). */
    public void useConfigured() {
        own = null;
    }

    @Override
    public Verdict check(PublicForm form, Honeypot honeypot) {
        FloodGuard guard = own;
        return guard == null ? super.check(form, honeypot) : guard.check(form, honeypot);
    }

    @Override
    public long waitMinutes(PublicForm form) {
        FloodGuard guard = own;
        return guard == null ? super.waitMinutes(form) : guard.waitMinutes(form);
    }
}
