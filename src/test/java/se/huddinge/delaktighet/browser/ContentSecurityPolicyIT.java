package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.Proposals;
import se.huddinge.delaktighet.security.StaffAccountService;
import se.huddinge.delaktighet.security.StaffAccountService.NewAccount;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * Every page a resident and an officer visit runs under the portal's Content-Security-Policy without one violation:
 * a listener put into each new page before any of its scripts runs collects the browser's
 * {@code securitypolicyviolation} events, and the browser's console is read for "Refused to ..." errors. This class
 * runs in the browser tests' shared context, in Vaadin's production mode as the {@code prod} profile does (the
 * production bundle that {@code ./mvnw package} puts into the jar, on the class path after {@code prepare-package};
 * docs/design-decisions.md, DD26); the subclass in development mode.
 */
@RecordApplicationEvents
class ContentSecurityPolicyIT extends BrowserTest {

    /** Whether Vaadin runs in production mode, as in the {@code prod} profile (see the subclass). */
    protected boolean productionMode() {
        return true;
    }

    private static final String COLLECT_VIOLATIONS = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
                e.violatedDirective + ' blocked ' + e.blockedURI + ' in ' + e.sourceFile + ':' + e.lineNumber
                + ' ' + (e.sample || '')));
            """;

    @Autowired
    ProposalService service;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ApplicationEvents events;
    @Autowired
    StaffAccountService accounts;

    @BeforeEach
    void collectViolations() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", COLLECT_VIOLATIONS));
        driver.manage().logs().get(LogType.BROWSER); // forget what earlier tests left in the console
    }

    @Test
    void no_page_a_resident_or_staff_visit_violates_the_policy() {
        var proposal = new Proposals(service, cases, events).published("Fler bänkar vid Orlången");
        accounts.createInitial(new NewAccount("hanna", "Hanna Handläggare", "hanna@huddinge.example",
                "rostiga-kompasser-sjunger", Set.of(StaffRole.OFFICER, StaffRole.ADMIN)));

        open("");
        assertThat(driver.executeScript("return window.Vaadin.developmentMode === true"))
                .as("Vaadin's development mode").isEqualTo(!productionMode());
        // every public page, the link pages with a link that does not work, then every staff page
        for (String page : List.of("", "forslag", "forslag/" + proposal.reference(), "forslag/nytt", "mina-inskick",
                "mina-inskick/lista", "personuppgifter", "tillganglighet", "demokratipriset",
                "demokratipriset/nominera", "demokratipriset/vinnare", "forslag/bekrafta/x", "stod/bekrafta/x",
                "forslag/hantera/x", "demokratipriset/bekrafta/x", "konto/nytt-losenord/x", "finns-inte", "logga-in")) {
            open(page);
            assertNoViolation();
        }
        type("Användarnamn", "hanna");
        type("Lösenord", "rostiga-kompasser-sjunger");
        click("Logga in");
        waitForHeading("Var med och påverka Huddinge");
        assertNoViolation();
        open("granskning");
        assertThat(heading()).isEqualTo("Granskning");
        assertNoViolation();
        for (String page : List.of("granskning/forslag", "granskning/forslag/" + proposal.id(), "granskning/lista",
                "granskning/statistik", "granskning/under-grans", "granskning/uppfoljning", "granskning/arende",
                "granskning/logg", "granskning/pris", "admin/brevmallar", "admin/konton", "admin/inloggningar",
                "admin/pris", "admin/pris/omgang", "konto/losenord")) {
            open(page);
            assertNoViolation();
        }
    }

    @Test
    void a_script_slipped_into_a_page_is_refused_and_reported() {
        open("");
        driver.executeScript("""
                const s = document.createElement('script');
                s.textContent = 'window.__injected = true';
                document.body.appendChild(s);
                """);

        assertThat(driver.executeScript("return window.__injected === true")).isEqualTo(false);
        assertThat(violations()).anyMatch(v -> v.startsWith("script-src"));
    }

    private void assertNoViolation() {
        waitForVaadin();
        var console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .toList();
        assertThat(violations()).as("CSP violations on %s", driver.getCurrentUrl()).isEmpty();
        assertThat(console).as("CSP errors in the console on %s", driver.getCurrentUrl()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return (List<String>) driver.executeScript("return window.__cspViolations || ['no listener on this page']");
    }
}
