package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.Proposals;

/**
 * In a real browser, the support form answers an address that already supports exactly as it answers a new one: the
 * same words, the keyboard focus in the same place, nothing marked wrong. The page with its hidden robot field still
 * has no accessibility problem.
 */
@RecordApplicationEvents
class PrivateSupportIT extends BrowserTest {

    @Autowired
    ProposalService service;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ApplicationEvents events;

    @Test
    void the_support_form_answers_a_counted_address_as_it_answers_a_new_one() {
        var given = new Proposals(service, cases, events);
        var proposal = given.published("Fler bänkar vid Orlången");
        given.support(proposal, "counted@example.se");

        var forNew = answerTo(proposal.reference(), "new@example.se");
        var forCounted = answerTo(proposal.reference(), "counted@example.se");

        assertThat(forCounted.replace("counted@example.se", "ADDRESS"))
                .isEqualTo(forNew.replace("new@example.se", "ADDRESS"));
        assertThat(forNew).contains("Vi har skickat en länk till new@example.se", "focus: H3");
        assertThat(jdbc.queryForObject("select count(*) from support where confirmed_at is not null", Integer.class))
                .isOne();
        assertAccessible();
    }

    /** What the page shows and where the keyboard focus is after asking to support with {@code address}. */
    private String answerTo(String reference, String address) {
        open("forslag/" + reference);
        type("E-postadress", address);
        press("Stöd förslaget");
        waiting().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return !!document.getElementById('support-result')")));
        waitForVaadin();
        return (String) driver.executeScript("""
                const form = document.querySelector('.support-form');
                const field = form.querySelector('vaadin-email-field');
                const e = document.activeElement;
                return form.innerText.trim()
                    + '\\ninvalid: ' + field.hasAttribute('invalid')
                    + '\\nerror: ' + (field.errorMessage || '')
                    + '\\nfocus: ' + (e ? e.tagName + ' ' + e.textContent.trim() : 'nothing');""");
    }
}
