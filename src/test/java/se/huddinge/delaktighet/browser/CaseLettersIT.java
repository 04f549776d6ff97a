package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.HeldWrites;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.Proposals;
import se.huddinge.delaktighet.security.StaffAccountService;
import se.huddinge.delaktighet.security.StaffAccountService.NewAccount;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * The case page's letter list, as an officer uses it: the letter that their own step causes is written a moment
 * after the step (by a listener, after the commit), and the list shows it when it lands, without a reload; its
 * subject is shown whole.
 */
@RecordApplicationEvents
class CaseLettersIT extends BrowserTest {

    @Autowired
    StaffAccountService accounts;
    @Autowired
    ProposalService service;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ApplicationEvents events;
    @Autowired
    DataSource dataSource;

    @Test
    void the_letter_of_the_officers_own_step_appears_without_a_reload_and_its_subject_is_shown_whole()
            throws Exception {
        clock.setTo("2026-03-02T09:00:00");
        accounts.createInitial(new NewAccount("hanna", "Hanna Handläggare", "hanna@huddinge.example",
                "rostiga-kompasser-sjunger", Set.of(StaffRole.OFFICER)));
        var p = new Proposals(service, cases, events).inModeration("Bänkar längs Orlångens strand");
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "select count(*) from letter where template = 'proposal-receipt'", Integer.class) > 0);
        String published = "Ditt förslag " + p.reference() + " är publicerat";

        signIn("hanna", "rostiga-kompasser-sjunger");
        open("granskning/forslag/" + p.id());
        assertThat(letterList()).contains("Vi har tagit emot ditt förslag " + p.reference());

        // the letter writer has to wait until the page has answered the click: the letter lands after it
        HeldWrites.to(dataSource, "letter", () -> {
            press("Publicera förslaget");
            // the page replaces the status line when the step is done: an element found just before is stale
            waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> find("#case-status").getText().contains("Öppet för stöd"));
            assertThat(letterList()).as("not written yet").doesNotContain(published);
            assertFocusOn("case-status");
        });
        waiting().withMessage("the letter list shows the new letter without a reload")
                .until(d -> letterList().contains(published));

        @SuppressWarnings("unchecked")
        var cell = (Map<String, Object>) driver.executeScript("""
                const cell = [...document.querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent.trim() === arguments[0]);
                return {clipped: cell.scrollWidth > cell.clientWidth, width: cell.getBoundingClientRect().width};""",
                published);
        assertThat(cell.get("clipped")).as("the subject is cut off").isEqualTo(false);
        assertThat(((Number) cell.get("width")).doubleValue()).as("the subject column's width").isGreaterThan(200);
        assertAccessible();
    }

    private String letterList() {
        return (String) driver.executeScript(
                "return document.querySelector('vaadin-grid[aria-label=\"Brev om förslaget\"]').textContent");
    }
}
