package se.huddinge.delaktighet.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Staff sign-in through the municipality's OpenID Connect provider (BankID and Freja reach the portal through it),
 * beside the login form. The portal role comes from a claim of the ID token ({@link OidcSettings}); a person whose
 * claim names no portal role is refused. Every sign-in and refusal is in the audit.
 */
@Component
class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService users = new OidcUserService();
    private final OidcSettings settings;
    private final StaffAudit audit;

    OidcSignIn(OidcSettings settings, StaffAudit audit) {
        this.settings = settings;
        this.audit = audit;
    }

    /** Adds the OIDC sign-in to the filter chain when a provider is configured; otherwise nothing. */
    void configure(HttpSecurity http, ClientRegistrationRepository clients) throws Exception {
        if (clients == null) {
            return;
        }
        http.oauth2Login(o -> o.loginPage("/logga-in").failureUrl("/logga-in?error")
                .clientRegistrationRepository(clients)
                .userInfoEndpoint(u -> u.oidcUserService(this)));
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = users.loadUser(request);
        String nameClaim = user.getClaims().get(settings.usernameClaim()) instanceof String ? settings.usernameClaim()
                : "sub";
        String username = String.valueOf(user.getClaims().get(nameClaim));
        var roles = EnumSet.noneOf(StaffRole.class);
        values(user.getClaims().get(settings.rolesClaim())).stream()
                .map(settings.roles()::get).filter(java.util.Objects::nonNull).forEach(roles::add);
        if (roles.isEmpty()) {
            audit.record(StaffAuditEvent.OIDC_REFUSED, username, ClientAddress.ofCurrentRequest());
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                    "The provider names no portal role for this person", null));
        }
        audit.record(StaffAuditEvent.SIGNED_IN_OIDC, username, ClientAddress.ofCurrentRequest());
        var authorities = roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), nameClaim);
    }

    /** A claim's values: a JSON list, or one string of values separated by spaces or commas. */
    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return claim instanceof String s ? Arrays.stream(s.split("[\\s,]+")).filter(v -> !v.isBlank()).toList()
                : List.of();
    }
}
