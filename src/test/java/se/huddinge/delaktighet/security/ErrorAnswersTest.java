package se.huddinge.delaktighet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.RawHttp;

/**
 * The answers a person or a client meets when something is wrong with the request, read over HTTP from the running
 * portal: those Tomcat gives before any filter runs ({@code %ff}, {@code /..;/}) and those of the security firewall
 * ({@code //x}) carry the same security headers as every page, and {@code /error} is the portal's page for everyone.
 */
class ErrorAnswersTest extends RunningPortalTest {

    @ParameterizedTest
    @ValueSource(strings = {"/forslag/%ff", "/..;/", "/forslag//x", "/forslag/%25", "/forslag/a|b", "LONG"})
    void a_refused_address_carries_the_security_headers(String path) throws IOException {
        // a character not allowed in a request line, and one too long: Tomcat cannot even read the address
        var answer = RawHttp.get(port, path.equals("LONG") ? "/forslag/" + "a".repeat(9_000) : path);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("<h1>Sidan kunde inte visas</h1>");
        assertSecurityHeaders(answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/forslag//x", "/error"})
    void a_client_that_does_not_ask_for_html_gets_the_same_page_not_springs_json(String path) throws IOException {
        var answer = RawHttp.send(port, "GET", path, "Accept: application/json\r\n");

        assertThat(answer.header("Content-Type")).startsWith("text/html");
        assertThat(answer.body()).contains("<html lang=\"sv\">", "Sidan kunde inte visas")
                .doesNotContain("timestamp", "\"status\"", "Whitelabel");
        assertSecurityHeaders(answer);
    }

    @Test
    void the_error_address_asked_for_directly_is_a_page_that_does_not_exist() throws IOException {
        var answer = RawHttp.get(port, "/error");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Language")).isEqualTo("sv");
        assertThat(answer.body()).contains("<html lang=\"sv\">", "Till startsidan");
        assertSecurityHeaders(answer);
    }

    private static void assertSecurityHeaders(RawHttp answer) {
        assertThat(answer.header("Content-Security-Policy")).as(answer.head())
                .contains("frame-ancestors 'none'", "script-src 'self' 'nonce-", "default-src 'self'");
        assertThat(answer.header("X-Content-Type-Options")).as(answer.head()).isEqualTo("nosniff");
        assertThat(answer.header("X-Frame-Options")).as(answer.head()).isEqualTo("DENY");
        assertThat(answer.header("Referrer-Policy")).as(answer.head()).isEqualTo("same-origin");
        assertThat(answer.header("Permissions-Policy")).as(answer.head()).isEqualTo(SecurityHeaders.PERMISSIONS_POLICY);
        assertThat(answer.header("Cache-Control")).as(answer.head()).contains("no-store");
    }
}
