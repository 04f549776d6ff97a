package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Checks for a page whose app starts on the reader's first interaction (DD45): what it has fetched of the app so far
 * (the entry script, Vaadin's client, its first request and its UIDL requests, read from the browser's resource
 * timings), and where the focus is once the app has taken over.
 *
 * @param idle how long a loaded page waits without an interaction before its app starts anyway
 */
record AppOnInteraction(ChromeDriver driver, Duration idle) {

    private static final String FETCHED = """
            const all = performance.getEntriesByType('resource');
            const load = performance.getEntriesByType('navigation')[0].loadEventEnd;
            const of = pattern => all.filter(e => pattern.test(e.name)).map(e => e.startTime);
            return { load: load, now: performance.now(), entry: of(/indexhtml-/), client: of(/FlowClient-/),
                     init: of(/v-r=init/), uidl: of(/v-r=uidl/) };
            """;

    @SuppressWarnings("unchecked")
    Map<String, Object> fetched() {
        return (Map<String, Object>) driver.executeScript(FETCHED);
    }

    /** Nothing of the app was fetched since the page loaded and the copy is shown; answers the page's clock now. */
    double nothingFetchedYet() {
        var fetched = fetched();
        double load = number(fetched.get("load"));
        double idleEnds = load + idle.toMillis();
        // the idle fallback may have started the app on a very slow machine: never before its time
        for (String kind : List.of("entry", "client", "init", "uidl")) {
            assertThat(starts(fetched, kind)).as("%s fetched without an interaction", kind)
                    .allSatisfy(at -> assertThat(at).isGreaterThanOrEqualTo(idleEnds));
        }
        assertThat(driver.findElements(By.cssSelector(".first-paint main h1"))).as("the copy is shown").hasSize(1);
        return number(fetched.get("now"));
    }

    /** The app was fetched and started once, after the interaction at {@code interaction} (the page's clock). */
    void startedOnceAfter(double interaction) {
        var fetched = fetched();
        assertThat(starts(fetched, "client")).as("Vaadin's client, once").hasSize(1);
        assertThat(starts(fetched, "init")).as("Vaadin's first request, once").hasSize(1);
        assertThat(starts(fetched, "entry")).as("the entry script, once").hasSize(1)
                .allSatisfy(at -> {
                    if (interaction < number(fetched.get("load")) + idle.toMillis()) {
                        assertThat(at).as("started by the interaction").isGreaterThanOrEqualTo(interaction);
                    }
                });
        assertThat(driver.findElements(By.cssSelector("#outlet main h1"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector(".first-paint"))).as("the copy replaced").isEmpty();
    }

    /** Waits until the focus is in the element with this id (e.g. a Vaadin field's own input). */
    void assertFocusIn(String id) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> focusIn(id));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the focus should be in #" + id + ", but it is on " + driver.executeScript(
                    "const e = document.activeElement; return e ? e.outerHTML.substring(0, 200) : 'nothing'"), e);
        }
    }

    boolean focusIn(String id) {
        return Boolean.TRUE.equals(driver.executeScript(
                "const e = document.getElementById(arguments[0]);"
                        + " return !!e && (e === document.activeElement || e.contains(document.activeElement))", id));
    }

    /** When each fetch of this kind started (the page's clock). */
    @SuppressWarnings("unchecked")
    static List<Double> starts(Map<String, Object> fetched, String kind) {
        return ((List<Object>) fetched.get(kind)).stream().map(AppOnInteraction::number).toList();
    }

    static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
