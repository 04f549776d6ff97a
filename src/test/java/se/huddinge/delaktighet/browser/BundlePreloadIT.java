package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import se.huddinge.delaktighet.RawHttp;

/**
 * In production mode (the bundle {@code ./mvnw package} built, on the class path after {@code prepare-package}) a
 * page's first HTML announces the bundle's first modules ({@code base/web/BundlePreload}): each one exists, is kept a
 * year, and the browser fetches it once, so the announcement is used and not fetched twice.
 */
@TestPropertySource(properties = "vaadin.productionMode=true")
class BundlePreloadIT extends BrowserTest {

    private static final Pattern PRELOAD = Pattern.compile(
            "<link rel=\"modulepreload\" crossorigin(?:=\"\")? href=\"\\./(VAADIN/build/[A-Za-z0-9_.-]+\\.js)\">");

    @Test
    void the_first_html_announces_vaadins_client_and_the_components_every_page_uses() throws IOException {
        List<String> modules = preloads("/forslag/nytt");

        assertThat(modules).anyMatch(m -> m.startsWith("VAADIN/build/FlowClient-"))
                .anyMatch(m -> m.startsWith("VAADIN/build/generated-flow-imports-"))
                .anyMatch(m -> m.startsWith("VAADIN/build/vaadin-button-"))
                .doesNotHaveDuplicates();
        assertThat(preloads("/")).isEqualTo(modules);
        for (String module : modules) {
            var answer = RawHttp.send(port, "GET", "/" + module, "Accept: */*\r\n");
            assertThat(answer.status()).as(module).isEqualTo(200);
            assertThat(answer.header("Content-Type")).as(module).startsWith("text/javascript");
            assertThat(answer.header("Cache-Control")).as(module).contains("max-age=31536000");
        }
    }

    @Test
    void the_browser_fetches_each_announced_module_once() throws IOException {
        List<String> modules = preloads("/forslag");

        open("forslag");

        @SuppressWarnings("unchecked")
        var fetched = (List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname.substring(1))");
        for (String module : modules) {
            assertThat(fetched).as("fetches of %s", module).filteredOn(module::equals).hasSize(1);
        }
    }

    private List<String> preloads(String path) throws IOException {
        var page = RawHttp.get(port, path);
        assertThat(page.status()).isEqualTo(200);
        return PRELOAD.matcher(page.body()).results().map(m -> m.group(1)).toList();
    }
}
