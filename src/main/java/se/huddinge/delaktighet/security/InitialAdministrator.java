package se.huddinge.delaktighet.security;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.security.internal.StaffAccountRepository;

/**
 * A new installation has no accounts, so nobody could sign in to create one: when the operator gives
 * {@code portal.initial-admin.*} (PORTAL_ADMIN_* in production) and the table is empty, that administrator is
 * created on start. Later starts change nothing.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final StaffAccountService service;
    private final StaffAccountRepository accounts;
    private final String username;
    private final String email;
    private final String password;

    InitialAdministrator(StaffAccountService service, StaffAccountRepository accounts,
                         @Value("${portal.initial-admin.username:}") String username,
                         @Value("${portal.initial-admin.email:}") String email,
                         @Value("${portal.initial-admin.password:}") String password) {
        this.service = service;
        this.accounts = accounts;
        this.username = username;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank() || accounts.count() > 0) {
            return;
        }
        service.createInitial(new StaffAccountService.NewAccount(username, "Administratör", email, password,
                Set.of(StaffRole.ADMIN)));
        log.info("Created the first administrator account '{}'; change its password after signing in", username);
    }
}
