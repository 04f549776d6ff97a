package se.huddinge.delaktighet.security;

import se.huddinge.delaktighet.base.form.FieldChecks;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.form.Reason;
import se.huddinge.delaktighet.base.AuditLog;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.security.internal.StaffAccountRepository;

/** Staff accounts: the only way in and out of the {@code staff_account} table. */
@Service
public class StaffAccountService {

    /** Minimum length of a staff password ({@link PasswordPolicy}). */
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StaffAudit audit;
    private final AuditLog changes;
    private final SignedIn signedIn;
    private final PasswordPolicy policy;

    StaffAccountService(StaffAccountRepository accounts, PasswordEncoder passwords, ApplicationEventPublisher events,
                        Clock clock, StaffAudit audit, AuditLog changes, SignedIn signedIn, PasswordPolicy policy) {
        this.policy = policy;
        this.audit = audit;
        this.signedIn = signedIn;
        this.changes = changes;
        this.accounts = accounts;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    /** What an administrator fills in for a new account. */
    public record NewAccount(String username, String displayName, String email, String password, Set<StaffRole> roles) {
    }

    /** An administrator tried to disable their own account: refused, someone else must. */
    public static class OwnAccount extends RuntimeException {
        OwnAccount() {
            super("An administrator cannot disable their own account");
        }
    }

    /** @throws InvalidInput every problem at its {@link AccountFormField}, nothing saved */
    @Transactional
    @PreAuthorize(StaffRole.IS_ADMIN)
    public StaffAccount create(NewAccount request) {
        return createAccount(request, currentUser());
    }

    /** For the demo data and the operator's first administrator: no signed-in admin exists yet. */
    @Transactional
    public StaffAccount createInitial(NewAccount request) {
        return createAccount(request, "system");
    }

    private StaffAccount createAccount(NewAccount request, String createdBy) {
        String username = request.username() == null ? "" : request.username().strip().toLowerCase(Locale.ROOT);
        var problems = new FieldChecks();
        if (!USERNAME.matcher(username).matches()) {
            problems.add(AccountFormField.USERNAME, Reason.INVALID_NAME);
        } else if (accounts.existsByUsernameIgnoreCase(username)) {
            problems.add(AccountFormField.USERNAME, Reason.TAKEN);
        }
        if (request.displayName() == null || request.displayName().isBlank() || request.displayName().length() > 200) {
            problems.add(AccountFormField.DISPLAY_NAME, Reason.REQUIRED);
        }
        if (request.email() == null || request.email().length() > 254 || !EMAIL.matcher(request.email().strip()).matches()) {
            problems.add(AccountFormField.EMAIL, Reason.EMAIL);
        }
        switch (policy.check(request.password(), username, request.displayName(), request.email())) {
            case TOO_SHORT -> problems.add(AccountFormField.PASSWORD, Reason.TOO_SHORT);
            case TOO_LONG -> problems.add(AccountFormField.PASSWORD, Reason.TOO_LONG);
            case TOO_EASY -> problems.add(AccountFormField.PASSWORD, Reason.TOO_EASY);
            case OK -> { }
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            problems.add(AccountFormField.ROLES, Reason.REQUIRED);
        }
        problems.throwIfAny();
        var account = accounts.save(new StaffAccount(username, request.displayName().strip(), request.email().strip(),
                passwords.encode(request.password()), request.roles(), clock.instant(), createdBy));
        audit.record(StaffAuditEvent.ACCOUNT_CREATED, account.getUsername(), null);
        changes.record(AuditLog.Kind.ACCOUNT, account.getUsername(), null, "created: " + request.roles());
        events.publishEvent(new StaffAccountCreated(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getEmail()));
        return account;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_ADMIN)
    public List<StaffAccount> list() {
        return accounts.findAllByOrderByUsernameAsc();
    }

    /** A member of staff as other features see them: the prize's progress view and reminders. */
    public record StaffMember(String username, String displayName, String email) {
    }

    /** The enabled accounts that have {@code role}, by username. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.IS_STAFF)
    public List<StaffMember> withRole(StaffRole role) {
        return accounts.findAllByOrderByUsernameAsc().stream()
                .filter(a -> a.isEnabled() && a.getRoles().contains(role))
                .map(a -> new StaffMember(a.getUsername(), a.getDisplayName(), a.getEmail())).toList();
    }

    /** Whether the account exists and may sign in (checked on every request of a signed-in member of staff). */
    @Transactional(readOnly = true)
    public boolean isActive(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(StaffAccount::isEnabled).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsernameIgnoreCase(username);
    }

    /** Disables an account; an administrator cannot lock themselves out. */
    @Transactional
    @PreAuthorize(StaffRole.IS_ADMIN)
    public void setEnabled(long id, boolean enabled) {
        var account = accounts.findById(id).orElseThrow();
        boolean before = account.isEnabled();
        if (!enabled && account.getUsername().equals(currentUser())) {
            throw new OwnAccount();
        }
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        audit.record(enabled ? StaffAuditEvent.ACCOUNT_ENABLED : StaffAuditEvent.ACCOUNT_DISABLED,
                account.getUsername(), null);
        changes.record(AuditLog.Kind.ACCOUNT, account.getUsername(), before ? "enabled" : "disabled",
                enabled ? "enabled" : "disabled");
    }

    private String currentUser() {
        return signedIn.username().orElse("system");
    }
}
