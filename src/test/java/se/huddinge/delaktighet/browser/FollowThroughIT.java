package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.SentLinks;
import se.huddinge.delaktighet.base.LinkRef;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.security.StaffAccountService;
import se.huddinge.delaktighet.security.StaffAccountService.NewAccount;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * Issue 19 in Chromium, by keyboard only (DD29): a resident follows an approved proposal, an officer follows its work
 * through to "done" on the case page, the public page shows each update and the follower's letters are written at each
 * change; the follower stops with the link of a letter. Every page without axe violations.
 */
@RecordApplicationEvents
class FollowThroughIT extends BrowserTest {

    private static final String PASSWORD = "rostiga-kompasser-sjunger";

    @Autowired
    StaffAccountService accounts;
    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ProposalRules rules;
    @Autowired
    ApplicationEvents events;

    @Test
    void a_bifall_is_followed_to_done_with_its_letters() {
        clock.setTo("2026-03-02T09:00:00");
        var given = new ProposalFixtures(proposals, cases, rules, events, jdbc);
        long id = given.referred("Fler bänkar vid Orlången");
        given.decide(id, Decision.BIFALL, LocalDate.of(2026, 3, 2));
        String reference = given.reference(id);

        open("forslag/" + reference);
        type("E-postadress för att följa", "fia@example.se");
        press("Följ förslaget");
        assertThat(find("#follow-result").getText()).startsWith("Vi har skickat en länk till fia@example.se");
        assertFocusOnHeading("Kolla din e-post");
        assertAccessible();

        // the link of the letter, minted as the letter mints it (the request came through the browser's thread)
        long confirmLink = jdbc.queryForObject("select id from access_link where purpose = 'CONFIRM_FOLLOW'", Long.class);
        open("folj/bekrafta/" + SentLinks.token(new LinkRef("access", confirmLink)));
        press("Börja följa förslaget");
        assertFocusOnHeading("Nu följer du förslaget");
        assertAccessible();

        accounts.createInitial(new NewAccount("hanna", "Hanna Handläggare", "hanna@huddinge.example", PASSWORD,
                Set.of(StaffRole.OFFICER)));
        signIn("hanna", PASSWORD);
        open("granskning/forslag/" + id);
        assertThat(find("#implementation-record").getText()).contains("Inget är skrivet om genomförandet än");
        assertAccessible();
        type("Ansvarig enhet", "Parkenheten");
        date("Ska vara klart", "2026-09-04");
        choose("Läge", "pågår");
        type("Kort notering", "Bänkarna är beställda.");
        press("Spara genomförandet");
        awaitHistory("pågår");
        assertAccessible();
        awaitLetters("fia@example.se", 1);

        clock.setTo("2026-09-01T10:00:00");
        open("granskning/forslag/" + id);
        clearComboBox("Läge");
        choose("Läge", "klart");
        type("Kort notering", "Tre bänkar står vid sjön.");
        press("Spara genomförandet");
        awaitHistory("klart");
        awaitLetters("fia@example.se", 2);
        assertThat(jdbc.queryForList("select body_text from letter where template = 'proposal-implementation' "
                + "order by id", String.class)).as("the author's letters").hasSize(2).last().asString()
                .contains("Läge: klart", "Tre bänkar står vid sjön.");

        open("forslag/" + reference);
        assertThat(find("#implementation-status").getText()).isEqualTo("Läge: klart. Ansvar: Parkenheten.");
        assertThat(find("#implementation-timeline").getText()).contains("Arbetet: pågår", "Bänkarna är beställda.",
                "Arbetet: klart", "Tre bänkar står vid sjön.");
        assertThat(driver.findElements(org.openqa.selenium.By.id("follow-email"))).as("nothing left to follow")
                .isEmpty();
        assertAccessible();

        long stopLink = jdbc.queryForObject("select stop_link_id from proposal_follow", Long.class);
        open("folj/sluta/" + SentLinks.token(new LinkRef("access", stopLink)));
        press("Sluta följa förslaget");
        assertFocusOnHeading("Du följer inte längre förslaget");
        assertAccessible();
        assertThat(jdbc.queryForList("select email from proposal_follow", String.class)).containsOnlyNulls();
    }

    /** Empties a combo box that has a value, by keyboard, so that {@link #choose} types a new one. */
    private void clearComboBox(String label) {
        WebElement input = (WebElement) driver.executeScript("return [...document.querySelectorAll('vaadin-combo-box')]"
                + ".find(s => (s.label || '').trim() === arguments[0]).querySelector('input')", label);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    }

    /** Types a date into a Vaadin date picker, found by its label, and commits it with Enter. */
    private void date(String label, String value) {
        WebElement input = (WebElement) driver.executeScript("""
                const picker = [...document.querySelectorAll('vaadin-date-picker')]
                    .find(p => (p.label || '').trim() === arguments[0]);
                return picker ? picker.querySelector('input') : null;""", label);
        assertThat(input).as("date picker %s", label).isNotNull();
        input.sendKeys(value);
        input.sendKeys(Keys.ENTER);
        waitForVaadin();
        waiting().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return [...document.querySelectorAll('vaadin-date-picker-overlay')].every(o => !o.opened)")));
    }

    /** Waits for the case page's history to show an update with {@code status}; says what the form shows if not. */
    private void awaitHistory(String status) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE
                    .equals(driver.executeScript("const h = document.getElementById('implementation-history'); "
                            + "return !!h && h.innerText.includes(arguments[0])", status)));
        } catch (org.openqa.selenium.TimeoutException e) {
            org.assertj.core.api.Assertions.fail("No update '%s' in: %s", status, driver.executeScript(
                    "const f = document.getElementById('implementation-record'); return f ? f.innerText + ' | ' + "
                            + "[...f.querySelectorAll('[invalid]')].map(x => x.label + ': ' + x.errorMessage).join('; ')"
                            + " + ' | date: ' + (f.querySelector('vaadin-date-picker') || {}).value : 'no form'"));
        }
        waitForVaadin();
    }

    private void awaitLetters(String to, int n) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from letter where "
                + "recipient = ? and template = 'supporter-implementation'", Integer.class, to) == n);
    }
}
