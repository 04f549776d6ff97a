package se.huddinge.delaktighet.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Holds off floods of the public forms: a token bucket (Bucket4j) per form and client address, refilled evenly over
 * {@link FloodLimits#window()}, and a {@link Honeypot} that only a robot fills in. The client address is the request's
 * remote address, which in production is the one a trusted proxy reports ({@link TrustedProxies}).
 * <p>
 * The counts live in this instance's memory, in a bounded cache: behind a load balancer with sticky sessions each
 * instance counts the visitors it serves, and a restart forgets them (docs/security.md, "Floods and uploads"). What must hold
 * across instances is counted in the database: link letters per address ({@code RateLimits}) and sign-in failures.
 */
@Component
public class FloodGuard {

    private static final Logger log = LoggerFactory.getLogger(FloodGuard.class);

    /** The public forms that take what a resident types. */
    public enum PublicForm { SUBMIT, SUPPORT, MY_SUBMISSIONS, NOMINATE, COMMENT, REPORT, FOLLOW }

    /** What a form does with a send: go on, answer as if sent but keep nothing (a robot), or say "wait". */
    public enum Verdict { SEND, IGNORE, TOO_MANY }

    /** The message a form shows on {@link Verdict#TOO_MANY}, with the minutes to wait as its parameter. */
    public static final String TOO_MANY_KEY = "floods.tooMany";

    private final FloodLimits limits;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    FloodGuard(FloodLimits limits, Clock clock) {
        this.limits = limits;
        // the portal's one clock, so a test moves time for the buckets too
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clock.millis());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = Caffeine.newBuilder().maximumSize(limits.maxClients())
                .expireAfterAccess(limits.window()).build();
    }

    /** Whether the current request may send {@code form}; takes one from its bucket when it is not a robot's. */
    public Verdict check(PublicForm form, Honeypot honeypot) {
        if (honeypot != null && honeypot.filled()) {
            log.info("A robot filled in the hidden field of the {} form; nothing kept", form);
            return Verdict.IGNORE;
        }
        String client = clientAddress();
        Bucket bucket = buckets.get(form + " " + client, key -> Bucket.builder().withCustomTimePrecision(time)
                .addLimit(l -> l.capacity(limits.limit(form)).refillGreedy(limits.limit(form), limits.window()))
                .build());
        if (bucket.tryConsume(1)) {
            return Verdict.SEND;
        }
        log.info("The {} form refused a send: too many from one client address", form);
        return Verdict.TOO_MANY;
    }

    /** How many minutes a client held off waits at most: the time the bucket takes to give one more. */
    public long waitMinutes(PublicForm form) {
        return Math.max(1, limits.window().toMinutes() / limits.limit(form));
    }

    private static String clientAddress() {
        String address = ClientAddress.ofCurrentRequest();
        return address == null ? "unknown" : address;
    }
}
