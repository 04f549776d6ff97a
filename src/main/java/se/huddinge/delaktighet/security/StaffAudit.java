package se.huddinge.delaktighet.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.security.internal.StaffAuditEntry;
import se.huddinge.delaktighet.security.internal.StaffAuditRepository;

/**
 * The audit of staff sign-in and accounts ({@code staff_audit}), and the one place that decides whether a sign-in
 * attempt is held off: too many failures for the username, or from the client address, within the window
 * ({@link SignInLimits}). A username that does not exist is counted like one that does, so the answer never tells
 * which usernames exist.
 */
@Service
public class StaffAudit {

    private final StaffAuditRepository entries;
    private final SignInLimits limits;
    private final SignedIn signedIn;
    private final Clock clock;

    StaffAudit(StaffAuditRepository entries, SignInLimits limits, SignedIn signedIn, Clock clock) {
        this.entries = entries;
        this.limits = limits;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    /**
     * Records an event; in a transaction of its own, so a failed sign-in is kept whatever happens next. The client
     * address is kept as {@link ClientAddress#bounded} makes it, whatever a proxy reported.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(StaffAuditEvent event, String username, String clientAddress) {
        String actor = signedIn.username().orElse(null);
        String who = normalise(username);
        entries.save(new StaffAuditEntry(clock.instant(), event, who, ClientAddress.bounded(clientAddress),
                actor == null || actor.equalsIgnoreCase(who) ? null : normalise(actor)));
    }

    /** Whether a sign-in for this username from this address is held off now. */
    @Transactional(readOnly = true)
    public boolean isThrottled(String username, String clientAddress) {
        Instant windowStart = clock.instant().minus(limits.window());
        String who = normalise(username);
        Instant since = entries.lastOf(who, StaffAuditEvent.SIGNED_IN).filter(windowStart::isBefore).orElse(windowStart);
        if (entries.countByUsernameAndEventAndOccurredAtAfter(who, StaffAuditEvent.SIGN_IN_FAILED, since)
                >= limits.maxFailuresPerAccount()) {
            return true;
        }
        return clientAddress != null && entries.countByClientAddressAndEventAndOccurredAtAfter(
                ClientAddress.bounded(clientAddress), StaffAuditEvent.SIGN_IN_FAILED, windowStart)
                >= limits.maxFailuresPerAddress();
    }

    /** The latest events, newest first, for the administrators' audit page. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_ADMIN)
    public List<StaffAuditEntry> latest(int offset, int limit) {
        return entries.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(offset / Math.max(limit, 1),
                Math.max(limit, 1))).getContent();
    }

    /** Usernames as the audit keeps them: trimmed, lower case, at most 64 characters. */
    static String normalise(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return u.length() > 64 ? u.substring(0, 64) : u;
    }
}
