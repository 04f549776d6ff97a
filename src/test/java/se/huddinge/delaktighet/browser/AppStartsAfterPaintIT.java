package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.RawHttp;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.Proposals;

/**
 * In production mode (the bundle {@code ./mvnw package} built, on the class path after {@code prepare-package}) the
 * app does not start with the page ({@code base/ui/AppStartsAfterPaint}): the first HTML carries no entry script of its
 * own but a short inline module, allowed by the request's CSP nonce, that imports it. A one-time link's form (managing a proposal) starts it after the
 * first paint (DD34); a page residents read first ({@code @AppStartsOnInteraction}, DD45) on the reader's first
 * interaction, or after {@code portal.web.start-after-idle} without one, and a tap or the focus in the copy lands on
 * the app's counterpart.
 */
@RecordApplicationEvents
class AppStartsAfterPaintIT extends BrowserTest {

    private static final Pattern STARTER = Pattern.compile(
            "<script type=\"module\" data-start=\"(paint|interaction)\" nonce=\"([^\"]+)\">[^<]*'\\./(VAADIN/build/indexhtml-[A-Za-z0-9_-]+\\.js)'");
    @Autowired
    ProposalService service;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ApplicationEvents events;

    @Test
    void the_first_html_imports_the_entry_script_from_an_inline_module_with_the_requests_nonce() throws IOException {
        var proposal = new Proposals(service, cases, events).published("Fler bänkar vid Orlången");
        var starts = Map.of("/", "interaction", "/forslag/" + proposal.reference(), "interaction",
                "/demokratipriset", "interaction", "/personuppgifter", "interaction",
                "/forslag", "interaction", "/forslag/nytt", "interaction", "/demokratipriset/nominera", "interaction",
                "/mina-inskick", "interaction", "/forslag/bekrafta/x", "interaction", "/forslag/hantera/x", "paint");
        for (var page : starts.entrySet()) {
            String path = page.getKey();
            var answer = RawHttp.get(port, path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.body()).as(path).doesNotContainPattern("<script[^>]+src=\"[^\"]*indexhtml-")
                    .doesNotContainPattern("rel=\"modulepreload\"[^>]+FlowClient-");
            Matcher starter = STARTER.matcher(answer.body());
            assertThat(starter.find()).as("the inline starter on %s", path).isTrue();
            assertThat(starter.group(1)).as("when %s starts its app", path).isEqualTo(page.getValue());
            assertThat(answer.header("Content-Security-Policy")).as(path)
                    .contains("'nonce-" + starter.group(2) + "'");
            // until the app runs, the copy's links are plain links
            var copy = Jsoup.parse(answer.body()).selectFirst(".first-paint");
            assertThat(copy).as(path).isNotNull();
            assertThat(copy.select("a")).as("links in the copy of %s", path).isNotEmpty()
                    .allSatisfy(a -> assertThat(a.hasAttr("href")).as(a.outerHtml()).isTrue());

            var entry = RawHttp.send(port, "GET", "/" + starter.group(3), "Accept: */*\r\n");
            assertThat(entry.status()).as(starter.group(3)).isEqualTo(200);
            assertThat(entry.header("Content-Type")).startsWith("text/javascript");
            assertThat(entry.header("Cache-Control")).contains("max-age=31536000");
        }
    }

    @Test
    void a_link_page_is_painted_before_vaadins_client_is_fetched_and_the_app_then_builds_it() {
        open("forslag/hantera/en-lank-som-inte-finns");

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
        assertThat(driver.findElements(By.cssSelector("#outlet main h1"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector(".first-paint"))).isEmpty();
    }

    @Test
    void a_keyboard_only_resident_starts_the_app_with_tab_and_supports_a_proposal() {
        var proposal = new Proposals(service, cases, events).published("Fler bänkar vid Orlången");
        driver.get("http://localhost:" + port + "/forslag/" + proposal.reference());
        double pressed = app().nothingFetchedYet();

        new Actions(driver).sendKeys(Keys.TAB).perform();
        waitForVaadin();
        app().startedOnceAfter(pressed);
        // the Tab put the focus on the copy's skip link; the app's skip link has it now
        waiting().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return document.activeElement.matches('a.skip-link[href=\"#content\"]')")));

        for (int i = 0; i < 60 && !app().focusIn("support-email"); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(app().focusIn("support-email")).as("Tab reaches the support form's e-mail field").isTrue();
        new Actions(driver).sendKeys("bo@example.se").perform();
        for (int i = 0; i < 5 && !app().focusIn("support-send"); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(app().focusIn("support-send")).as("then Tab reaches the button").isTrue();
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waiting().until(d -> find("#support-result").getText().contains("bo@example.se"));
        assertAccessible();
    }

    @Test
    void a_tap_on_the_support_forms_introduction_starts_the_app_and_puts_the_focus_in_its_first_field() {
        var proposal = new Proposals(service, cases, events).published("Fler bänkar vid Orlången");
        driver.get("http://localhost:" + port + "/forslag/" + proposal.reference());
        double tapped = app().nothingFetchedYet();

        driver.findElement(By.cssSelector(".first-paint .support-form p")).click();
        waitForVaadin();
        app().startedOnceAfter(tapped);
        app().assertFocusIn("support-email");
        new Actions(driver).sendKeys("bo@example.se").perform();
        find("#support-send").click();
        waiting().until(d -> find("#support-result").getText().contains("bo@example.se"));
        assertAccessible();
    }

    @Test
    void a_link_in_the_copy_is_a_plain_link_before_the_app_runs() {
        driver.get("http://localhost:" + port + "/");
        app().nothingFetchedYet();

        driver.findElement(By.cssSelector(".first-paint nav a[href='forslag']")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/forslag"));
        startAsAReaderDoes();
        waitForVaadin();
        assertThat(heading()).isEqualTo("Huddingeförslag");
    }

    @Test
    void without_an_interaction_the_app_starts_when_the_page_has_been_idle_for_the_setting() {
        driver.get("http://localhost:" + port + "/demokratipriset");

        waitForVaadin();
        var fetched = app().fetched();
        double load = AppOnInteraction.number(fetched.get("load"));
        assertThat(AppOnInteraction.starts(fetched, "entry")).as("the entry script, once").hasSize(1)
                .allSatisfy(at -> assertThat(at).as("fetched after %s of idleness", start.startAfterIdle())
                        .isGreaterThanOrEqualTo(load + start.startAfterIdle().toMillis()));
        assertThat(AppOnInteraction.starts(fetched, "init")).as("Vaadin's first request, once").hasSize(1);
        assertAccessible();
    }
}
