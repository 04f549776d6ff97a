package se.huddinge.delaktighet.security;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.LinkRef;
import se.huddinge.delaktighet.base.OneTimeLink;
import se.huddinge.delaktighet.security.internal.PasswordResetLink;
import se.huddinge.delaktighet.security.internal.PasswordResetLinkRepository;
import se.huddinge.delaktighet.security.internal.StaffAccountRepository;

/**
 * Staff passwords: a member of staff changes their own; an administrator sends another a one-time link by letter
 * to choose a new one (a forgotten password, a suspected leak). Every new password passes {@link PasswordPolicy}.
 */
@Service
public class StaffPasswords {

    private final StaffAccountRepository accounts;
    private final PasswordResetLinkRepository links;
    private final PasswordEncoder passwords;
    private final StaffAudit audit;
    private final SignInLimits limits;
    private final ApplicationEventPublisher events;
    private final SignedIn signedIn;
    private final Clock clock;
    private final PasswordPolicy policy;

    StaffPasswords(StaffAccountRepository accounts, PasswordResetLinkRepository links, PasswordEncoder passwords,
                   StaffAudit audit, SignInLimits limits, ApplicationEventPublisher events, SignedIn signedIn,
                   Clock clock, PasswordPolicy policy) {
        this.policy = policy;
        this.accounts = accounts;
        this.links = links;
        this.passwords = passwords;
        this.audit = audit;
        this.limits = limits;
        this.events = events;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    /** Why a new password was refused; nothing changed. */
    public enum PasswordProblem { WRONG_CURRENT, TOO_SHORT, TOO_LONG, TOO_EASY, LINK_INVALID }

    /** Thrown when a password change is refused; nothing changed. */
    public static class PasswordRefused extends RuntimeException {
        private final PasswordProblem problem;

        PasswordRefused(PasswordProblem problem) {
            super("Password change refused: " + problem);
            this.problem = problem;
        }

        public PasswordProblem problem() {
            return problem;
        }
    }

    /** The signed-in member of staff changes their own password; the current one must be given. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String current, String next) {
        var account = accounts.findByUsernameIgnoreCase(currentUser()).orElseThrow();
        if (current == null || !passwords.matches(current, account.getPasswordHash())) {
            throw new PasswordRefused(PasswordProblem.WRONG_CURRENT);
        }
        setPassword(account, next, StaffAuditEvent.PASSWORD_CHANGED);
    }

    /**
     * Sends the account's owner a link to choose a new password (valid {@link SignInLimits#resetLinkValidity()},
     * once); earlier links stop working. The old password keeps working until the new one is chosen.
     */
    @Transactional
    @PreAuthorize(StaffRole.IS_ADMIN)
    public void sendResetLink(long accountId) {
        var account = accounts.findById(accountId).orElseThrow();
        var now = clock.instant();
        links.retireAll(accountId, now);
        var validUntil = now.plus(limits.resetLinkValidity());
        long link = links.save(new PasswordResetLink(accountId, now, validUntil, currentUser())).getId();
        audit.record(StaffAuditEvent.PASSWORD_RESET_SENT, account.getUsername(), ClientAddress.ofCurrentRequest());
        events.publishEvent(new StaffPasswordResetRequested(accountId, account.getUsername(),
                account.getDisplayName(), account.getEmail(), new LinkRef(PasswordResetLinkMint.KIND, link), validUntil));
    }

    /** The username a reset link is for, while it can still be used. */
    @Transactional(readOnly = true)
    public Optional<String> resetLinkFor(String token) {
        return idOf(token).flatMap(links::findById)
                .filter(l -> l.isUsable(clock.instant()))
                .flatMap(l -> accounts.findById(l.getAccountId()))
                .map(StaffAccount::getUsername);
    }

    /** Sets the new password through a reset link, which is then used up. Refused: nothing changes. */
    @Transactional(noRollbackFor = PasswordRefused.class)
    public void resetWithLink(String token, String next) {
        var link = idOf(token).flatMap(links::lockById).filter(l -> l.matches(token))
                .filter(l -> l.isUsable(clock.instant()))
                .orElseThrow(() -> new PasswordRefused(PasswordProblem.LINK_INVALID));
        var account = accounts.findById(link.getAccountId()).orElseThrow();
        setPassword(account, next, StaffAuditEvent.PASSWORD_RESET);
        link.use(clock.instant());
    }

    private Optional<Long> idOf(String token) {
        return OneTimeLink.idOf(token, links::findIdByTokenHash, links::findIdByPreviousTokenHash);
    }

    private void setPassword(StaffAccount account, String next, StaffAuditEvent event) {
        var verdict = policy.check(next, account.getUsername(), account.getDisplayName(), account.getEmail());
        if (verdict != PasswordPolicy.Verdict.OK) {
            throw new PasswordRefused(PasswordProblem.valueOf(verdict.name()));
        }
        account.changePassword(passwords.encode(next));
        audit.record(event, account.getUsername(), ClientAddress.ofCurrentRequest());
    }

    private String currentUser() {
        return signedIn.username().orElse("system");
    }
}
