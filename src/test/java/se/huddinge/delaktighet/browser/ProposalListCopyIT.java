package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
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
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.Proposals;

/**
 * The public list's first HTML is a copy of its first screen (ProposalListView.copy, DD48), so in production
 * its app waits for the reader (DD45): nothing of the app is fetched before an interaction; after Tab the app's list
 * replaces the copy with the same cards in the same order and in the same boxes (no layout jump); a tap on a filter's
 * place puts the focus in the app's field.
 */
@RecordApplicationEvents
class ProposalListCopyIT extends BrowserTest {

    /**
     * The boxes of the list's parts (top from the page's start, height, left, width), in the copy or in the app: the
     * filters and each field, the count, the cards and "Visa fler förslag".
     */
    private static final String BOXES = """
            const main = document.querySelector(arguments[0] ? 'body > .first-paint main' : '#outlet main');
            const box = e => { const r = e.getBoundingClientRect(); return [r.top + scrollY, r.height, r.left, r.width]; };
            const one = css => { const e = main.querySelector(css); return e ? box(e) : null; };
            return { filters: one('.filters'), fields: [...main.querySelectorAll('.filters > *')].map(box),
                     count: one('.filters + p'), cards: one('ul.proposal-cards'),
                     more: one(arguments[0] ? '[data-app-focus=more-proposals]' : '#more-proposals') };
            """;
    private static final int PROPOSALS = 21;

    @Autowired
    ProposalService service;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void proposals() {
        var given = new Proposals(service, cases, events);
        for (int i = 1; i <= PROPOSALS; i++) {
            given.published(Proposals.form("Förslag nummer " + i + " om bänkar och belysning vid sjön",
                    "forfattare" + i + "@example.se"));
        }
    }

    @Test
    void the_list_waits_for_the_reader_and_the_app_shows_the_same_cards_in_the_same_boxes() {
        var size = driver.manage().window().getSize();
        try {
            for (var window : List.of(new Dimension(412, 915), new Dimension(1280, 1000))) {
                driver.manage().window().setSize(window);
                driver.get("http://localhost:" + port + "/forslag");
                double pressed = app().nothingFetchedYet();
                List<String> copied = titles(".first-paint");
                assertThat(copied).as("the first page of cards, newest first").hasSize(20)
                        .startsWith("Förslag nummer 21 om bänkar och belysning vid sjön");
                var before = boxes(true);

                new Actions(driver).sendKeys(Keys.TAB).perform();
                waitForVaadin();
                app().startedOnceAfter(pressed);

                assertThat(titles("#outlet")).as("the app's cards, in the copy's order").isEqualTo(copied);
                var after = boxes(false);
                System.out.printf("list boxes at %s: copy %s, app %s%n", window, before, after);
                for (String part : List.of("filters", "count", "cards", "more")) {
                    assertSameBox(window + " " + part, before.get(part), after.get(part));
                }
                @SuppressWarnings("unchecked")
                var copiedFields = (List<Object>) before.get("fields");
                @SuppressWarnings("unchecked")
                var appFields = (List<Object>) after.get("fields");
                assertThat(copiedFields).hasSize(6).hasSameSizeAs(appFields);
                for (int i = 0; i < copiedFields.size(); i++) {
                    assertSameBox(window + " field " + i, copiedFields.get(i), appFields.get(i));
                }
                assertAccessible();
            }
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    @Test
    void a_tap_on_the_search_fields_place_starts_the_app_and_puts_the_focus_in_its_search_field() {
        driver.get("http://localhost:" + port + "/forslag");
        double tapped = app().nothingFetchedYet();

        driver.findElement(By.cssSelector(".first-paint [data-app-focus=filter-search] .field-placeholder-input"))
                .click();
        waitForVaadin();
        app().startedOnceAfter(tapped);
        app().assertFocusIn("filter-search");

        new Actions(driver).sendKeys("nummer 21").perform();
        waiting().until(d -> find("#proposal-count").getText().equals("Antal förslag: 1"));
        waitForVaadin();
        assertThat(titles("#outlet")).containsExactly("Förslag nummer 21 om bänkar och belysning vid sjön");
        assertAccessible();
    }

    private List<String> titles(String where) {
        return driver.findElements(By.cssSelector(where + " main ul.proposal-cards li h2 a")).stream()
                .map(WebElement::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> boxes(boolean copy) {
        return (Map<String, Object>) driver.executeScript(BOXES, copy);
    }

    /** The same top, height, left and width within 2 px. */
    @SuppressWarnings("unchecked")
    private static void assertSameBox(String what, Object copied, Object drawn) {
        assertThat(copied).as("%s in the copy", what).isNotNull();
        assertThat(drawn).as("%s in the app", what).isNotNull();
        var a = (List<Object>) copied;
        var b = (List<Object>) drawn;
        String[] names = {"top", "height", "left", "width"};
        for (int i = 0; i < names.length; i++) {
            assertThat(((Number) b.get(i)).doubleValue()).as("%s: %s (copy %s, app %s)", what, names[i], a, b)
                    .isCloseTo(((Number) a.get(i)).doubleValue(), within(2.0));
        }
    }
}
