package se.huddinge.delaktighet.security;

import com.vaadin.flow.server.VaadinSession;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is signed in: the one place the portal asks it. Services check roles with {@code @PreAuthorize} expressions
 * that call this bean (the constants in {@link StaffRole}), views ask it what to show, and the rule on residents'
 * personal data is {@link #readsResidentAddresses()}, here and nowhere else.
 * <p>
 * Personal data leaves a module only through a service method that checks that rule ({@link StaffRole#READS_ADDRESSES}),
 * or, for the letters, {@link #requireSystem()}: event listeners and scheduled jobs have no signed-in person and
 * serve no page, and they are the only callers that may address a resident without being staff who read addresses.
 */
@Component(SignedIn.BEAN)
public class SignedIn {

    /** The bean's name, as {@code @PreAuthorize} expressions call it ({@code @signedIn.…}). */
    public static final String BEAN = "signedIn";

    /** The signed-in person's username: a member of staff's, or empty for a resident or the system. */
    public Optional<String> username() {
        return person().map(Authentication::getName);
    }

    /** Whether the signed-in member of staff has the role. */
    public boolean is(StaffRole role) {
        return person().filter(a -> a.getAuthorities().stream()
                .anyMatch(g -> g.getAuthority().equals(role.authority()))).isPresent();
    }

    /** Whether the signed-in member of staff has one of the roles. */
    public boolean isAny(StaffRole... roles) {
        return Arrays.stream(roles).anyMatch(this::is);
    }

    /** Any member of staff. */
    public boolean isStaff() {
        return isAny(StaffRole.values());
    }

    /** Officers and administrators, who act on a case. */
    public boolean actsOnCases() {
        return isAny(StaffRole.OFFICER, StaffRole.ADMIN);
    }

    /**
     * Whether the signed-in member of staff may read residents' personal data: an author's or a supporter's e-mail
     * address, a nominator's name, address and phone, a nominee's contact. Officers and administrators, who handle
     * cases and nominations and may have to write to the people behind them. Committee members see what their step
     * needs (docs/design.md, "Always"), never these. The one rule; every door to personal data checks it.
     */
    public boolean readsResidentAddresses() {
        return actsOnCases();
    }

    /** Whether the person signed in through the municipality's OpenID Connect provider (no portal password). */
    public boolean throughProvider() {
        return person().filter(a -> a.getPrincipal() instanceof OidcUser).isPresent();
    }

    /**
     * Whether the caller is the portal itself: an event listener or a scheduled job, with nobody signed in and no
     * page or request being served (a resident's page has nobody signed in either, but it is served).
     */
    public boolean isSystem() {
        return SecurityContextHolder.getContext().getAuthentication() == null && VaadinSession.getCurrent() == null
                && RequestContextHolder.getRequestAttributes() == null;
    }

    /** The letters' door: refuses anyone but the system ({@link #isSystem()}). */
    public void requireSystem() {
        if (!isSystem()) {
            throw new AccessDeniedException("Residents' addresses for letters are for the portal's own listeners only");
        }
    }

    private static Optional<Authentication> person() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                ? Optional.empty() : Optional.of(auth);
    }
}
