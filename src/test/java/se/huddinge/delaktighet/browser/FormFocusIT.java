package se.huddinge.delaktighet.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.Proposals;

/**
 * With the keyboard only: every form that replaces itself with its result leaves the focus on the result's
 * heading, so a screen reader says what happened (WCAG 4.1.3) and the next Tab goes on from there.
 */
@RecordApplicationEvents
class FormFocusIT extends BrowserTest {

    @Autowired
    ProposalService service;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ApplicationEvents events;

    private Proposals proposals;

    @BeforeEach
    void fixtures() {
        clock.setTo("2026-03-02T09:00:00");
        proposals = new Proposals(service, cases, events);
    }

    @Test
    void submitting_a_proposal_leaves_the_focus_on_kolla_din_e_post() {
        open("forslag/nytt");
        fillProposalForm("Bänkar längs Orlångens strand", "asa@example.se");
        press("Skicka förslaget");

        assertFocusOnHeading("Kolla din e-post");
        assertAccessible();
    }

    @Test
    void confirming_a_proposal_and_withdrawing_it_leave_the_focus_on_what_happened() {
        long id = proposals.submit("Bänkar längs Orlångens strand");

        open("forslag/bekrafta/" + proposals.confirmToken(id));
        press("Bekräfta förslaget");
        assertFocusOnHeading("Ditt förslag är bekräftat");
        assertAccessible();

        open("forslag/bekrafta/" + proposals.confirmToken(id));
        press("Bekräfta förslaget");
        assertFocusOnHeading("Det gick inte");
        assertAccessible();

        var other = proposals.inModeration("Belysning i Sjödalsparken");
        open("forslag/hantera/" + proposals.manageToken(other.id()));
        press("Återkalla förslaget");
        assertFocusOnHeading("Förslaget är återkallat");
        assertAccessible();
    }

    @Test
    void supporting_and_confirming_the_support_leave_the_focus_on_the_result() {
        var p = proposals.published("Belysning i Sjödalsparken");

        open("forslag/" + p.reference());
        type("E-postadress", "bo@example.se");
        press("Stöd förslaget");
        assertFocusOnHeading("Kolla din e-post");
        assertAccessible();

        // the link from the letter, here from a request made beside the browser (its token is in the event)
        service.requestSupport(p.reference(), "eva@example.se", false, java.util.Locale.of("sv"));
        open("stod/bekrafta/" + proposals.supportToken(p.id()));
        press("Bekräfta mitt stöd");
        assertFocusOnHeading("Ditt stöd är räknat");
        assertAccessible();
    }

    @Test
    void asking_for_mina_inskick_leaves_the_focus_on_kolla_din_e_post() {
        open("mina-inskick");
        type("Din e-postadress", "asa@example.se");
        press("Skicka länken");

        assertFocusOnHeading("Kolla din e-post");
        assertAccessible();
    }
}
