package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.RawHttp;

/**
 * In production mode (the bundle {@code ./mvnw package} built, on the class path after {@code prepare-package}: the
 * browser tests' shared context, {@link BrowserTest}) the app starts after the page's first paint
 * ({@code base/web/AppStartsAfterPaint}, DD34): the first HTML carries no entry script of its own but a short inline
 * module, allowed by the request's CSP nonce, that imports it; the browser paints the first HTML's copy of the page
 * before it fetches Vaadin's client, and the app then builds the page.
 */
class AppStartsAfterPaintIT extends BrowserTest {

    private static final Pattern STARTER = Pattern.compile(
            "<script type=\"module\" nonce=\"([^\"]+)\">[^<]*import\\('\\./(VAADIN/build/indexhtml-[A-Za-z0-9_-]+\\.js)'\\)");

    @Test
    void the_first_html_imports_the_entry_script_from_an_inline_module_with_the_requests_nonce() throws IOException {
        for (String path : List.of("/", "/forslag", "/forslag/nytt", "/demokratipriset")) {
            var page = RawHttp.get(port, path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).doesNotContainPattern("<script[^>]+src=\"[^\"]*indexhtml-")
                    .doesNotContainPattern("rel=\"modulepreload\"[^>]+FlowClient-");
            Matcher starter = STARTER.matcher(page.body());
            assertThat(starter.find()).as("the inline starter on %s", path).isTrue();
            assertThat(page.header("Content-Security-Policy")).as(path)
                    .contains("'nonce-" + starter.group(1) + "'");

            var entry = RawHttp.send(port, "GET", "/" + starter.group(2), "Accept: */*\r\n");
            assertThat(entry.status()).as(starter.group(2)).isEqualTo(200);
            assertThat(entry.header("Content-Type")).startsWith("text/javascript");
            assertThat(entry.header("Cache-Control")).contains("max-age=31536000");
        }
    }

    @Test
    void the_page_is_painted_before_vaadins_client_is_fetched_and_the_app_then_builds_it() {
        open("forslag");

        @SuppressWarnings("unchecked")
        var timing = (Map<String, Object>) driver.executeScript("""
                const paint = performance.getEntriesByName('first-contentful-paint')[0];
                const entry = performance.getEntriesByType('resource').find(e => /indexhtml-/.test(e.name));
                const client = performance.getEntriesByType('resource').filter(e => /FlowClient-/.test(e.name));
                return { paint: paint ? paint.startTime : null, entry: entry ? entry.startTime : null,
                         clients: client.length };
                """);
        assertThat(timing.get("paint")).as("first contentful paint").isNotNull();
        assertThat(timing.get("entry")).as("the entry script was fetched").isNotNull();
        assertThat(((Number) timing.get("paint")).doubleValue())
                .as("the first paint comes before the entry script is fetched")
                .isLessThanOrEqualTo(((Number) timing.get("entry")).doubleValue());
        assertThat(((Number) timing.get("clients")).intValue()).as("Vaadin's client fetched once").isEqualTo(1);
        // the app built the page: waitForVaadin (in open) saw the first HTML's copy gone and Vaadin's client idle
        assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("#outlet main h1"))).hasSize(1);
        assertThat(driver.findElements(org.openqa.selenium.By.cssSelector(".first-paint"))).isEmpty();
    }
}
