package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.nomination.PrizeFixtures;
import se.huddinge.delaktighet.proposal.ProposalFixtures;

/**
 * The three form pages a resident meets (submit a proposal, nominate for the prize, "Mina inskick") draw their form
 * in the first HTML ({@code base/ui/FormCopy}, DD49), and the one-time link pages that confirm something their
 * button, and start the app on the first interaction: what a resident
 * types before the app has started is kept, the focus stays in the field, and the app's form is drawn where the copy
 * was (no layout jump), on a phone and on a wide screen.
 */
class FormCopyIT extends BrowserTest {

    /** Every region of the copy that the app draws again, and its headings and paragraphs, in page order. */
    private static final String COPY_BOXES = """
            return [...document.querySelectorAll('.first-paint main :is([data-app-focus], [data-app-place], h1, h2, p)')]
                .map(e => {
              const b = e.getBoundingClientRect();
              return { key: e.getAttribute('data-app-focus') || e.getAttribute('data-app-place')
                         || (e.localName + ':' + e.textContent.trim()),
                       top: b.top + scrollY, height: b.height, left: b.left, width: b.width };
            });""";
    /** The app's element for each key: by id, or the heading or paragraph with the same text. */
    private static final String APP_BOXES = """
            return arguments[0].map(key => {
              const colon = key.indexOf(':');
              const e = colon < 0 ? document.getElementById(key)
                : [...document.querySelectorAll('#outlet main ' + key.substring(0, colon))]
                    .find(x => x.textContent.trim() === key.substring(colon + 1));
              if (!e) return null;
              const b = e.getBoundingClientRect();
              return { key: key, top: b.top + scrollY, height: b.height, left: b.left, width: b.width };
            });""";

    @Autowired
    PrizeRounds rounds;

    @AfterEach
    void wideAgain() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void a_resident_types_the_title_before_the_app_has_started_and_the_proposal_keeps_it() {
        driver.get("http://localhost:" + port + "/forslag/nytt");
        assertThat(find(".first-paint #copy-submit-title").getAccessibleName()).isEqualTo("Rubrik");
        app().nothingFetchedYet();
        assertPlainPageAccessible();

        // the tap starts the app; the resident types at once, into the copy, while it starts
        var title = find("#copy-submit-title");
        title.click();
        title.sendKeys("Bänkar vid Orlången");
        waitForVaadin();
        assertThat(driver.executeScript("return document.getElementById('submit-title').value"))
                .isEqualTo("Bänkar vid Orlången");
        app().assertFocusIn("submit-title");
        // and goes on typing in the app's field
        new Actions(driver).sendKeys(" och Trehörningen").perform();

        type("Beskriv ditt förslag", "Sätt upp bänkar var 300:e meter, så att fler orkar gå runt sjön.");
        choose("Kommundel", "Sjödalen");
        choose("Ämne", "Parker och natur");
        type("Ditt namn", "Åsa Öberg");
        type("Din e-postadress", "asa@example.se");
        check("Jag bor, arbetar eller studerar i Huddinge");
        check("Jag godkänner att kommunen behandlar mina uppgifter");
        press("Skicka förslaget");
        assertFocusOnHeading("Kolla din e-post");
        assertThat(jdbc.queryForObject("select title from proposal", String.class))
                .isEqualTo("Bänkar vid Orlången och Trehörningen");
        assertAccessible();
    }

    @Test
    void what_the_copy_holds_when_the_app_arrives_is_sent_with_the_form() {
        driver.get("http://localhost:" + port + "/mina-inskick");
        assertPlainPageAccessible();
        // a browser that filled the field in itself (autofill) sends no key: the app still takes the value
        driver.executeScript("document.getElementById('copy-mine-email').value = 'asa@example.se'");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        waitForVaadin();
        assertThat(driver.executeScript("return document.getElementById('mine-email').value"))
                .isEqualTo("asa@example.se");
        press("Skicka länken");
        waiting().until(d -> find("#my-submissions-result").getText().contains("asa@example.se"));

        driver.get("http://localhost:" + port + "/forslag/nytt");
        driver.executeScript("document.getElementById('copy-submit-consent').checked = true");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        waitForVaadin();
        assertThat(driver.executeScript("return document.getElementById('submit-consent').checked")).isEqualTo(true);
        assertThat(driver.executeScript("return document.getElementById('submit-lives').checked")).isEqualTo(false);
    }

    @Test
    void the_app_draws_each_form_where_its_copy_was_on_a_phone_and_on_a_wide_screen() {
        clock.setTo("2027-03-02T09:00:00");
        ProposalFixtures.as("admin", () -> rounds.create(PrizeFixtures.round(2027)), "ADMIN");
        clock.setTo("2027-06-15T09:00:00");
        for (var size : List.of(new Dimension(412, 900), new Dimension(1280, 1000))) {
            driver.manage().window().setSize(size);
            for (String path : List.of("forslag/nytt", "demokratipriset/nominera", "mina-inskick",
                    "forslag/bekrafta/en-lank", "stod/bekrafta/en-lank", "demokratipriset/bekrafta/en-lank")) {
                driver.get("http://localhost:" + port + "/" + path);
                app().nothingFetchedYet();
                @SuppressWarnings("unchecked")
                var copy = (List<Map<String, Object>>) driver.executeScript(COPY_BOXES);
                assertThat(copy).as(path).hasSizeGreaterThanOrEqualTo(3);
                if (path.contains("nominera")) {
                    assertThat(copy).as("the round's criteria in the copy").anySatisfy(box ->
                            assertThat(box.get("key")).asString().startsWith("nominate-motivation-"));
                }
                new Actions(driver).sendKeys(Keys.TAB).perform();
                waitForVaadin();
                @SuppressWarnings("unchecked")
                var app = (List<Map<String, Object>>) driver.executeScript(APP_BOXES,
                        copy.stream().map(box -> box.get("key")).toList());
                var moved = new ArrayList<String>();
                for (int i = 0; i < copy.size(); i++) {
                    var before = copy.get(i);
                    var after = app.get(i);
                    assertThat(after).as("%s at %s: the app's %s", path, size, before.get("key")).isNotNull();
                    for (String measure : List.of("top", "height", "left", "width")) {
                        double was = AppOnInteraction.number(before.get(measure));
                        double is = AppOnInteraction.number(after.get(measure));
                        if (Math.abs(was - is) > 2) {
                            moved.add("%s %s %.1f -> %.1f".formatted(before.get("key"), measure, was, is));
                        }
                    }
                }
                assertThat(moved).as("%s at %dx%d: what moved when the app took over", path, size.width,
                        size.height).isEmpty();
                assertAccessible();
            }
        }
    }
}
