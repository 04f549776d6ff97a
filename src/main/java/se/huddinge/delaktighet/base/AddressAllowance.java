package se.huddinge.delaktighet.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many letters one e-mail address may be sent within a sliding window, counted in the database (so the limit
 * holds across instances) by the SHA-256 of the address. Each scope has its own count.
 */
@Component
public class AddressAllowance {

    private final AddressRequestRepository requests;
    private final Clock clock;

    AddressAllowance(AddressRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    /** The outcome: granted with the request's id, or refused until {@code retryAt}. */
    public record Outcome(Long requestId, Instant retryAt) {
        public boolean granted() {
            return requestId != null;
        }
    }

    /**
     * Counts one letter to {@code address} in {@code scope}, unless the allowance is used up: then nothing is
     * counted and the outcome says when it may ask again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome take(String scope, String address, int max, Duration window) {
        String hash = Tokens.hash(scope.isEmpty() ? address : scope + ":" + address);
        Instant now = clock.instant();
        // one request per address at a time, on every instance: the count below cannot be outrun
        requests.lock(hash);
        Instant since = now.minus(window);
        if (requests.countByAddressHashAndRequestedAtAfter(hash, since) >= max) {
            return new Outcome(null, requests.findFirstByAddressHashAndRequestedAtAfterOrderByRequestedAtAsc(hash, since)
                    .map(r -> r.getRequestedAt().plus(window)).orElse(now.plus(window)));
        }
        return new Outcome(requests.save(new AddressRequest(hash, now)).getId(), null);
    }
}
