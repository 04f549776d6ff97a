package se.huddinge.delaktighet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.TestConfig;

/**
 * Staff sign in through a real OpenID Connect provider ({@link OidcProvider}, Spring Authorization Server) with the
 * whole redirect dance over HTTP: portal, provider's login form, back to the portal with a code, which the portal
 * exchanges and checks (signature, issuer, audience, nonce). The provider's {@code groups} claim gives the portal role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestConfig.class, OidcSignInTest.SignIns.class})
class OidcSignInTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIns signIns;

    @DynamicPropertySource
    static void municipalityProvider(DynamicPropertyRegistry registry) {
        String client = "spring.security.oauth2.client.registration.kommun.";
        registry.add(client + "client-id", () -> OidcProvider.CLIENT_ID);
        registry.add(client + "client-secret", () -> OidcProvider.CLIENT_SECRET);
        registry.add(client + "scope", () -> "openid");
        registry.add(client + "client-name", () -> "Huddinge kommuns inloggning");
        registry.add("spring.security.oauth2.client.provider.kommun.issuer-uri", OidcProvider::issuer);
        registry.add("portal.oidc.roles[portal-handlaggare]", () -> "OFFICER");
    }

    /** Every successful authentication in the portal, as Spring Security announces it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SignIns {
        final List<Authentication> seen = new CopyOnWriteArrayList<>();

        final List<String> failures = new CopyOnWriteArrayList<>();

        @EventListener
        void on(AuthenticationSuccessEvent event) {
            seen.add(event.getAuthentication());
        }

        @EventListener
        void on(AbstractAuthenticationFailureEvent event) {
            failures.add(event.getException().getMessage());
        }
    }

    private PortalHttp browser;

    @BeforeEach
    void emptyPortal() {
        browser = new PortalHttp(portal("/"));
        Database.clear(jdbc);
        signIns.seen.clear();
        signIns.failures.clear();
    }

    @Test
    void a_member_of_the_officers_group_signs_in_at_the_provider_and_is_an_officer_in_the_portal() {
        String landing = signInAtProvider("hanna");

        assertThat(landing).as("failures %s", signIns.failures).isEqualTo(portal("/"));
        assertThat(signIns.seen).singleElement().satisfies(auth -> {
            assertThat(auth.getName()).isEqualTo("hanna");
            assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_OFFICER");
        });
        assertThat(jdbc.queryForObject("select concat(event, ' ', username) from staff_audit", String.class))
                .isEqualTo("SIGNED_IN_OIDC hanna");
    }

    @Test
    void a_person_whose_groups_name_no_portal_role_is_refused() {
        String landing = signInAtProvider("olle");

        assertThat(landing).isEqualTo(portal("/logga-in?error"));
        assertThat(signIns.seen).isEmpty();
        assertThat(jdbc.queryForObject("select concat(event, ' ', username) from staff_audit", String.class))
                .isEqualTo("OIDC_REFUSED olle");
    }

    @Test
    void the_portal_sends_the_browser_to_the_provider_with_state_nonce_and_pkce() {
        var start = browser.get("oauth2/authorization/kommun");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElseThrow())
                .startsWith(OidcProvider.issuer() + "/oauth2/authorize?")
                .contains("client_id=portal").contains("nonce=").contains("state=")
                .contains("code_challenge_method=S256");
    }

    /** Starts at the portal, signs in on the provider's own login page, follows the way back; the last address. */
    private String signInAtProvider(String username) {
        var loginPage = follow(browser.get("oauth2/authorization/kommun"));
        assertThat(loginPage.uri().toString()).as("status %s", loginPage.statusCode())
                .isEqualTo(OidcProvider.issuer() + "/login");
        var csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        var afterLogin = browser.postForm(URI.create(OidcProvider.issuer() + "/login"),
                Map.of("username", username, "password", OidcProvider.PASSWORD, "_csrf", csrf.group(1)));
        String location = afterLogin.headers().firstValue("Location").orElseThrow();
        while (!location.startsWith(portal("/")) || location.contains("/login/oauth2/code/")) {
            var next = browser.get(URI.create(location));
            assertThat(next.statusCode()).as("at %s", location).isEqualTo(302);
            location = URI.create(location).resolve(next.headers().firstValue("Location").orElseThrow()).toString();
        }
        return location;
    }

    private HttpResponse<String> follow(HttpResponse<String> response) {
        while (response.statusCode() == 302) {
            var next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = browser.get(next);
        }
        return response;
    }

    private String portal(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
