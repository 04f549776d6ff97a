package se.huddinge.delaktighet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The headers of every response, read over HTTP from the running portal. */
class SecurityHeadersTest extends RunningPortalTest {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'");

    @Test
    void every_page_carries_the_security_headers_and_is_not_stored() {
        var http = visitor();
        for (String page : new String[]{"", "forslag", "forslag/nytt", "logga-in", "granskning", "finns/inte"}) {
            var response = http.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(page.equals("finns/inte") ? 404 : 200);
            assertSecurityHeaders(response);
            assertThat(response.headers().firstValue("Cache-Control")).as(page).hasValueSatisfying(v ->
                    assertThat(v).contains("no-store"));
        }
    }

    @Test
    void only_scripts_with_the_nonce_of_the_response_may_run_and_each_response_has_its_own() {
        var http = visitor();
        var first = http.get("");
        var second = http.get("");

        String nonce = nonce(first);
        assertThat(nonce(second)).isNotEqualTo(nonce);
        assertThat(first.headers().firstValue("Content-Security-Policy").orElseThrow())
                .doesNotContain("'unsafe-inline' 'unsafe-eval'; style").contains("default-src 'self'")
                .contains("object-src 'none'").contains("base-uri 'self'").contains("form-action 'self'");
        var scripts = Pattern.compile("<script\\b[^>]*>").matcher(first.body()).results().map(r -> r.group())
                .toList();
        assertThat(scripts).isNotEmpty().allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce + "\""));
    }

    @Test
    void staff_pages_and_their_background_requests_are_never_stored() {
        accounts.createInitial(new StaffAccountService.NewAccount("hanna", "Hanna Handläggare",
                "hanna@huddinge.example", "rostiga-kompasser-sjunger", Set.of(StaffRole.OFFICER)));
        var http = visitor().viaHttpsProxy();
        assertThat(http.signIn("hanna", "rostiga-kompasser-sjunger").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

        var page = http.get("granskning");
        assertSecurityHeaders(page);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache, no-store, max-age=0, must-revalidate");
        var uidl = http.post("?v-r=uidl&v-uiId=0", "application/json; charset=UTF-8",
                "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        assertSecurityHeaders(uidl);
        assertThat(uidl.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    @Test
    void through_the_https_proxy_the_browser_is_told_to_keep_to_https_and_the_session_cookie_is_secure() {
        var response = visitor().viaHttpsProxy().get("");

        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(c ->
                assertThat(c).startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void plain_http_gets_no_hsts_header() {
        assertThat(visitor().get("").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static void assertSecurityHeaders(HttpResponse<String> r) {
        var h = r.headers();
        assertThat(h.firstValue("Content-Security-Policy")).as("CSP of %s", r.uri())
                .hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'").contains("script-src 'self' 'nonce-"));
        assertThat(h.firstValue("X-Content-Type-Options")).as(r.uri().toString()).hasValue("nosniff");
        assertThat(h.firstValue("X-Frame-Options")).as(r.uri().toString()).hasValue("DENY");
        assertThat(h.firstValue("Referrer-Policy")).as(r.uri().toString()).hasValue("same-origin");
        assertThat(h.firstValue("Permissions-Policy")).as(r.uri().toString()).hasValue(SecurityHeaders.PERMISSIONS_POLICY);
    }

    private static String nonce(HttpResponse<String> r) {
        var m = NONCE.matcher(r.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
