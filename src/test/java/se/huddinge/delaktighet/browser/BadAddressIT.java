package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.huddinge.delaktighet.RawHttp;

/**
 * Addresses that Tomcat refuses before the portal sees them (a NUL byte, an encoded slash, bytes that are not
 * UTF-8, a path too long for a request line) and those the security firewall refuses (an encoded percent sign, a
 * double slash) get the portal's own page in Swedish and English with a way back, not Tomcat's bare English one.
 * Sent byte for byte over a socket, as a browser or a scanner would: java.net.URI refuses most of them.
 */
class BadAddressIT extends BrowserTest {

    private static final String LONG = "/forslag/" + "a".repeat(9_000);

    @ParameterizedTest
    @ValueSource(strings = {"/forslag/%00", "/forslag/%2f", "/forslag/%2F..%2Fadmin", "/forslag/%ff", "/%c0%af",
            "/forslag/a%", "/forslag/a|b", "/forslag/%25", "/forslag//x", "LONG"})
    void a_bad_address_gets_the_portals_own_page_in_swedish_and_english(String path) throws IOException {
        var response = RawHttp.get(port, path.equals("LONG") ? LONG : path);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("text/html").containsIgnoringCase("charset=utf-8");
        assertThat(response.body())
                .contains("<html lang=\"sv\">", "<h1>Sidan kunde inte visas</h1>", "<a href=\"/\">Till startsidan</a>",
                        "lang=\"en\"", "The page could not be shown", "To the start page", "Delaktighetsportalen")
                .doesNotContain("Tomcat", "HTTP Status", "Whitelabel", "Exception");
    }

    @Test
    void the_page_for_a_bad_address_passes_axe_in_chromium() {
        driver.get("http://localhost:" + port + "/forslag/%ff");
        waiting().until(d -> !d.findElements(org.openqa.selenium.By.tagName("h1")).isEmpty());
        assertThat(driver.getTitle()).isEqualTo("Sidan kunde inte visas - Delaktighetsportalen");
        assertPlainPageAccessible();
        driver.findElement(org.openqa.selenium.By.linkText("Till startsidan")).click();
        waitForHeading("Var med och påverka Huddinge");
    }

    @Test
    void the_favicon_is_served_on_the_first_visit_without_a_session() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/favicon.ico")).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).isIn("image/x-icon", "image/vnd.microsoft.icon"));
        assertThat(Arrays.copyOf(response.body(), 4)).as("an icon file").containsExactly(0, 0, 1, 0);
        assertThat(response.headers().firstValue("Set-Cookie")).as("no session for an icon").isEmpty();
    }
}
