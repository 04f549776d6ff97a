package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.Proposals;
import se.huddinge.delaktighet.proposal.PublicProposal;

/**
 * A proposal's share action with the keyboard only (the share sheet where the browser has one, "Kopiera länk"
 * otherwise, the e-mail link), and the page painted from the first HTML before the app starts: the same heading and
 * text as the app then shows, one main landmark once it has, and no layout shift on a phone's screen.
 */
@RecordApplicationEvents
class ShareAndFirstPaintIT extends BrowserTest {

    /** Sums the layout shifts of the page (as Lighthouse's CLS does) and notes whether the first HTML had the page. */
    private static final String MEASURE = """
            window.layoutShifts = 0;
            new PerformanceObserver(list => {
              for (const entry of list.getEntries()) {
                if (!entry.hadRecentInput) window.layoutShifts += entry.value;
              }
            }).observe({type: 'layout-shift', buffered: true});
            document.addEventListener('DOMContentLoaded', () => {
              const first = document.querySelector('.first-paint main h1');
              window.firstPaintHeading = first ? first.textContent : null;
            });""";
    /** A browser with a share sheet: what it was given is kept for the test. */
    private static final String SHARE_SHEET = """
            navigator.share = data => {
              window.sharedByTest = {title: data.title, url: data.url};
              return Promise.resolve();
            };""";

    @Autowired
    ProposalService service;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ApplicationEvents events;
    @Autowired
    PortalSettings settings;
    @Autowired
    ProposalRules rules;

    private PublicProposal proposal;

    @BeforeEach
    void aPublishedProposal() {
        clock.setTo("2026-03-02T09:00:00");
        proposal = new Proposals(service, cases, events).published("Fler bänkar i Flemingsberg");
    }

    @Test
    void copy_link_by_keyboard_puts_the_address_on_the_clipboard_and_says_so() {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", "http://localhost:" + port,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        open("forslag/" + proposal.reference());

        // this browser has no share sheet: "Kopiera länk" instead
        assertThat(find("#share-native").isDisplayed()).isFalse();
        tabTo("share-copy");
        new Actions(driver).sendKeys(Keys.ENTER).perform();

        waiting().until(d -> find(".share-status").getText().equals(
                "Länken är kopierad. Klistra in den där du vill dela förslaget."));
        assertThat(find(".share-status").getAttribute("role")).isEqualTo("status");
        assertThat(driver.executeAsyncScript("navigator.clipboard.readText().then(arguments[0])"))
                .isEqualTo(settings.link("forslag/" + proposal.reference()));
        assertThat(find("#share-email").getAttribute("href")).isEqualTo("mailto:?subject=Fler%20b%C3%A4nkar%20i%20"
                + "Flemingsberg&body=Fler%20b%C3%A4nkar%20i%20Flemingsberg%0A%0Ahttp%3A%2F%2Flocalhost%3A8080%2F"
                + "forslag%2F" + proposal.reference());
        assertThat(find("#share-email").getText()).isEqualTo("Dela via e-post");
        assertAccessible();
    }

    @Test
    void the_share_sheet_where_the_browser_has_one_gets_the_title_and_the_address() {
        var script = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SHARE_SHEET));
        try {
            open("forslag/" + proposal.reference());

            assertThat(find("#share-copy").isDisplayed()).isFalse();
            tabTo("share-native");
            new Actions(driver).sendKeys(Keys.ENTER).perform();

            waiting().until(d -> driver.executeScript("return window.sharedByTest") != null);
            assertThat(driver.executeScript("return window.sharedByTest")).isEqualTo(Map.of(
                    "title", "Fler bänkar i Flemingsberg",
                    "url", settings.link("forslag/" + proposal.reference())));
            assertAccessible();
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", script.get("identifier")));
        }
    }

    @Test
    void the_page_painted_before_the_app_starts_is_the_page_the_app_shows_and_nothing_moves() throws Exception {
        var script = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", MEASURE));
        var size = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(412, 915));
        // decided proposals: one still to follow (its follow form painted first), one where the case ended (its decision)
        var given = new ProposalFixtures(service, cases, rules, events, jdbc);
        long approved = given.referred("Bifall: bänkar vid sjön");
        given.decide(approved, Decision.BIFALL, java.time.LocalDate.now(clock));
        long rejected = given.referred("Avslag: bänkar vid torget");
        given.decide(rejected, Decision.AVSLAG, java.time.LocalDate.now(clock));
        try {
            for (String path : List.of("forslag/" + proposal.reference(), "forslag/" + given.reference(approved),
                    "forslag/" + given.reference(rejected), "", "forslag", "demokratipriset",
                    "demokratipriset/nominera", "forslag/nytt", "sa-fungerar-det")) {
                Element first = Jsoup.parse(firstHtml(path)).selectFirst(".first-paint main");
                assertThat(first).as(path).isNotNull();

                open(path);

                assertThat(driver.executeScript("return window.firstPaintHeading")).as(path)
                        .isEqualTo(first.selectFirst("h1").text());
                assertThat(driver.findElements(By.cssSelector("main"))).as(path).hasSize(1);
                WebElement app = driver.findElement(By.cssSelector("main"));
                assertThat(app.findElement(By.tagName("h1")).getText()).as(path).isEqualTo(first.selectFirst("h1").text());
                // every paragraph painted first is in the app's page, in the same order
                String parts = "section > p, .proposal-text p, section > div > h2, section > div > p";
                List<String> painted = first.select(parts).eachText();
                List<String> shown = app.findElements(By.cssSelector(parts)).stream()
                        .map(WebElement::getText).toList();
                assertThat(shown).as(path).containsSubsequence(painted);
                double shifts = ((Number) driver.executeScript("return window.layoutShifts")).doubleValue();
                System.out.printf("layout shift on /%s: %.4f%n", path, shifts);
                assertThat(shifts).as("layout shift on /" + path).isLessThanOrEqualTo(0.1);
            }
        } finally {
            driver.manage().window().setSize(size);
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", script.get("identifier")));
        }
    }

    /** Tabs from the top of the page until the element with this id has the focus, as a keyboard user would. */
    private void tabTo(String id) {
        driver.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
        for (int i = 0; i < 60; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (Boolean.TRUE.equals(driver.executeScript("return document.activeElement.id === arguments[0]", id))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private String firstHtml(String path) throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            var answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            return answer.body();
        }
    }
}
