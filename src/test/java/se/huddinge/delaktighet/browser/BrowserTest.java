package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.TestConfig;
import se.huddinge.delaktighet.base.ui.AppStartSettings;

/**
 * A journey in a real Chromium against the running portal. Every page visited is checked with axe-core
 * against WCAG 2.1 AA and must have no violations. Vaadin runs in production mode, with the bundle the jar carries:
 * the browser tests run after {@code prepare-package}, whose Vaadin build file ({@code flow-build-info.json}) says so.
 * The browser tests and the HTTP tests that write the same configuration share one context; only
 * {@code ContentSecurityPolicyDevelopmentIT} starts another (docs/benchmarks.md, "Spring contexts in the test suite").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false"})
@ActiveProfiles("test")
@Import(TestConfig.class)
public abstract class BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    protected static ChromeDriver driver;

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected AppStartSettings start;

    @BeforeAll
    static void startBrowser() {
        driver = chromium("sv-SE");
    }

    /** A headless Chromium whose user speaks {@code language} (its Accept-Language, e.g. "sv-SE" or "fi-FI"). */
    protected static ChromeDriver chromium(String language) {
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-sync", "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        // the console, so a test can read what the browser reported (e.g. Content-Security-Policy violations)
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void emptyPortal() {
        Database.clear(jdbc);
        // the browser tests share one portal: a test that moved the clock does not move the next one's
        clock.setTo(TestConfig.START);
        driver.manage().deleteAllCookies();
    }

    protected void open(String path) {
        driver.get("http://localhost:" + port + "/" + path);
        startAsAReaderDoes();
        waitForVaadin();
    }

    /** What the open page has fetched of its app so far, and where the focus is (a page that waits for the reader). */
    protected AppOnInteraction app() {
        return new AppOnInteraction(driver, start.startAfterIdle());
    }

    /** Opens a whole address (a link from a letter) as a resident does: the page, then the first key. */
    protected void visit(String url) {
        driver.get(url);
        startAsAReaderDoes();
    }

    /**
     * A page residents read first starts its app in production only on the reader's first interaction (or after a
     * while without one; base/ui/AppStartsAfterPaint, DD45): the test presses Tab, as a keyboard user does. A page that
     * starts by itself is left alone.
     */
    protected void startAsAReaderDoes() {
        if (!driver.findElements(By.cssSelector("script[data-start=interaction]")).isEmpty()) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
    }

    protected WebDriverWait waiting() {
        // an element found in one poll may be replaced by Vaadin before it is read: the next poll finds it again
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Waits until Vaadin has rendered the page and has no request in flight. The page's first HTML has its own copy
     * of the page ({@code .first-paint}, base/ui/FirstPaint) until the app has drawn it.
     */
    protected void waitForVaadin() {
        waiting().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return !!document.querySelector('main h1') && !document.querySelector('.first-paint') "
                        + "&& window.Vaadin && window.Vaadin.Flow "
                        + "&& Object.values(window.Vaadin.Flow.clients || {}).every(c => !c.isActive())")));
    }

    protected String heading() {
        waitForVaadin();
        return driver.findElement(By.cssSelector("main h1")).getText();
    }

    protected void waitForHeading(String text) {
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), text));
        waitForVaadin();
    }

    protected WebElement find(String css) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** Types into a Vaadin field, found by its label. */
    protected void type(String label, String value) {
        WebElement input = (WebElement) driver.executeScript("""
                const label = [...document.querySelectorAll('label')].find(l => l.textContent.trim().startsWith(arguments[0]));
                if (!label) return null;
                const field = label.closest('vaadin-text-field, vaadin-text-area, vaadin-email-field, vaadin-password-field, vaadin-integer-field');
                return field ? field.querySelector('input, textarea') : document.getElementById(label.htmlFor);
                """, label);
        assertThat(input).as("field labelled %s", label).isNotNull();
        input.clear();
        input.sendKeys(value);
    }

    protected void click(String buttonText) {
        WebElement button = waiting().until(d -> (WebElement) driver.executeScript(
                "return [...document.querySelectorAll('vaadin-button, a, button')]"
                        + ".find(b => b.textContent.trim() === arguments[0]);", buttonText));
        button.click();
    }

    /** Picks an item of a Vaadin combo box by typing it, as a keyboard user would. */
    protected void choose(String label, String item) {
        WebElement input = (WebElement) driver.executeScript("""
                const box = [...document.querySelectorAll('vaadin-combo-box')]
                    .find(s => (s.label || '').trim() === arguments[0]);
                return box ? box.querySelector('input') : null;""", label);
        assertThat(input).as("combo box %s", label).isNotNull();
        input.click();
        input.sendKeys(item);
        waiting().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return [...document.querySelectorAll('vaadin-combo-box-item')].some(i => i.textContent.trim() === arguments[0])",
                item)));
        input.sendKeys(Keys.ENTER);
        waitForVaadin();
        // the list closes with an animation: a check of the page (axe) must not find it half-closed
        waiting().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return [...document.querySelectorAll('vaadin-combo-box-scroller')].every(s => !s.checkVisibility())")));
    }

    protected void check(String labelStart) {
        WebElement box = (WebElement) driver.executeScript("""
                return [...document.querySelectorAll('vaadin-checkbox')]
                    .find(c => (c.label || c.textContent).trim().startsWith(arguments[0]));""", labelStart);
        assertThat(box).as("checkbox %s", labelStart).isNotNull();
        box.findElement(By.cssSelector("input")).click();
        waitForVaadin();
    }

    /** Signs a member of staff in through the login page. */
    protected void signIn(String username, String password) {
        open("logga-in");
        type("Användarnamn", username);
        type("Lösenord", password);
        click("Logga in");
        waitForHeading("Var med och påverka Huddinge");
    }

    /** Fills the open "Lämna ett förslag" form with a valid proposal, as a resident types it. */
    protected void fillProposalForm(String title, String email) {
        type("Rubrik", title);
        type("Beskriv ditt förslag", "Sätt upp bänkar var 300:e meter, så att fler orkar gå runt sjön.");
        choose("Kommundel", "Sjödalen");
        choose("Ämne", "Parker och natur");
        type("Ditt namn", "Åsa Öberg");
        type("Din e-postadress", email);
        check("Jag bor, arbetar eller studerar i Huddinge");
        check("Jag godkänner att kommunen behandlar mina uppgifter");
    }

    /** The label of the field (or the text of the button or link) that has the keyboard focus. */
    protected String focusedLabel() {
        return String.valueOf(driver.executeScript("""
                const e = document.activeElement;
                if (!e) return '';
                const field = e.closest('vaadin-text-field, vaadin-text-area, vaadin-email-field, vaadin-combo-box, vaadin-radio-group, vaadin-checkbox, vaadin-button');
                if (!field) return e.textContent.trim();
                return (field.label || field.textContent || '').trim();"""));
    }

    /** Activates a button as a keyboard user does: the focus on it, then Enter. */
    protected void press(String buttonText) {
        WebElement button = waiting().until(d -> (WebElement) driver.executeScript(
                "return [...document.querySelectorAll('vaadin-button, button')]"
                        + ".find(b => b.textContent.trim() === arguments[0]);", buttonText));
        driver.executeScript("arguments[0].focus()", button);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
    }

    /**
     * Checks that the keyboard focus is on the heading with this text: a form that replaced itself with its result
     * has taken the focus there ({@code base.ui.FormResult}), so a screen reader reads the result at once.
     */
    protected void assertFocusOnHeading(String text) {
        assertFocus("/^H[1-6]$/.test(e.tagName) && e.textContent.trim() === arguments[0]", text,
                "the heading \"" + text + "\"");
    }

    /** Checks that the keyboard focus is on the element with this id. */
    protected void assertFocusOn(String id) {
        assertFocus("e.id === arguments[0]", id, "#" + id);
    }

    private void assertFocus(String test, String argument, String what) {
        String script = "const e = document.activeElement; return !!e && " + test;
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> Boolean.TRUE.equals(driver.executeScript(script, argument)));
        } catch (org.openqa.selenium.TimeoutException e) {
            Object focused = driver.executeScript(
                    "const e = document.activeElement; return e ? e.outerHTML.substring(0, 200) : 'nothing'");
            fail("The keyboard focus should be on %s, but it is on %s", what, focused);
        }
    }

    /** Checks the current page with axe-core: WCAG 2.1 A and AA. */
    protected void assertAccessible() {
        waitForVaadin();
        assertPlainPageAccessible();
    }

    /** Checks a page that is not Vaadin's (e.g. the error page Tomcat serves) with axe-core: WCAG 2.1 A and AA. */
    protected void assertPlainPageAccessible() {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(violations).as("axe violations on %s:%n%s", driver.getCurrentUrl(), describe(violations)).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> v.getId() + ": " + v.getHelp() + " "
                        + v.getNodes().stream().map(n -> n.getTarget().toString()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
