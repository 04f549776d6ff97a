package se.huddinge.delaktighet.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The staff login form's check: first whether the username or the client address is held off ({@link StaffAudit}),
 * then the password against the database (bcrypt). Every outcome goes into the audit. A held-off attempt does not
 * look at the password at all, so guessing on gains nothing.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final StaffAudit audit;

    ThrottledSignIn(DaoAuthenticationProvider passwords, StaffAudit audit) {
        this.passwords = passwords;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        if (audit.isThrottled(username, address)) {
            audit.record(StaffAuditEvent.SIGN_IN_THROTTLED, username, address);
            throw new SignInThrottled();
        }
        if (attempt.getCredentials() instanceof String password
                && password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES) {
            // no staff password is that long, and bcrypt would look only at the first 72 bytes
            audit.record(StaffAuditEvent.SIGN_IN_FAILED, username, address);
            throw new BadCredentialsException("Bad credentials");
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            audit.record(StaffAuditEvent.SIGNED_IN, result.getName(), address);
            return result;
        } catch (DisabledException e) {
            audit.record(StaffAuditEvent.SIGN_IN_FAILED, username, address);
            // the same answer as a wrong password: whether the account exists is nobody's business
            throw new BadCredentialsException("Bad credentials");
        } catch (AuthenticationException e) {
            audit.record(StaffAuditEvent.SIGN_IN_FAILED, username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
