package se.huddinge.delaktighet.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.notification.LetterEntry;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.Proposals;

/** Staff see every letter about a proposal, to whom and in what state, including refusals, and can resend one. */
@RecordApplicationEvents
class LetterLogTest extends KaribuTest {

    @Autowired
    ProposalService service;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ApplicationEvents events;

    @Test
    void a_refused_letter_shows_its_reason_on_the_dashboard_and_the_case_and_can_be_sent_again() {
        var p = new Proposals(service, cases, events).inModeration("Brev som studsar");
        // the receipt has been tried (the confirmation link letter may have been too: the two are not counted together,
        // or a poll that finds both tried at once would never see "1")
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*) from letter "
                + "where subject_ref = ? and template = 'proposal-receipt' and attempts > 0", Integer.class,
                p.reference()) == 1);
        // the receipt was refused for good by the recipient's server
        jdbc.update("update letter set status = 'FAILED', last_error = '550 5.1.1 No such user here' "
                + "where template = 'proposal-receipt'");

        login("hanna", "OFFICER");
        UI.getCurrent().navigate("granskning");
        assertThat(_get(Paragraph.class, spec -> spec.withId("letters-failed")).getText())
                .isEqualTo("Brev som inte kunde levereras: 1");

        UI.getCurrent().navigate("granskning/forslag/" + p.id());
        @SuppressWarnings("unchecked")
        Grid<LetterEntry> log = _find(Grid.class).stream().filter(g -> g.getColumnByKey("resend") != null)
                .findFirst().orElseThrow();
        assertThat(GridKt._size(log)).as("the confirmation link letter and the receipt").isEqualTo(2);
        int row = GridKt._get(log, 0).template().equals("proposal-receipt") ? 0 : 1;
        assertThat(GridKt._getFormattedRow(log, row)).anyMatch(cell -> cell.contains("550 5.1.1 No such user here"));
        assertThat(GridKt._getFormattedRow(log, row)).contains("asa.oberg@example.se");

        _click((Button) GridKt._getCellComponent(log, row, "resend"));
        assertThat(jdbc.queryForObject("select status from letter where template = 'proposal-receipt'", String.class))
                .isIn("PENDING", "SENDING");
    }

    @Test
    void a_proposal_with_many_letters_shows_the_newest_fifty_and_says_how_many_there_are() {
        var p = new Proposals(service, cases, events).inModeration("Brev till många");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*) from letter "
                + "where subject_ref = ? and template = 'proposal-receipt'", Integer.class, p.reference()) == 1);
        // as after a decision that reached every supporter who asked to hear: 120 more letters, written later
        jdbc.update("insert into letter (dedup_key, template, subject_ref, recipient, language, subject, body_text, "
                + "body_html, message_id, status, attempts, next_attempt_at, created_at, sent_at) select "
                + "concat('supporter-decided:', seq), 'supporter-decided', ?, concat('stod', seq, '@example.se'), 'sv', "
                + "concat('Brev ', seq), 'Hej!', '<p>Hej!</p>', concat('<m', seq, '@example.se>'), 'SENT', 1, "
                + "timestamp('2026-03-03') + interval seq second, timestamp('2026-03-03') + interval seq second, "
                + "timestamp('2026-03-03') + interval seq second from seq_1_to_120", p.reference());

        login("hanna", "OFFICER");
        UI.getCurrent().navigate("granskning/forslag/" + p.id());
        @SuppressWarnings("unchecked")
        Grid<LetterEntry> log = _find(Grid.class).stream().filter(g -> g.getColumnByKey("resend") != null)
                .findFirst().orElseThrow();
        assertThat(GridKt._size(log)).isEqualTo(50);
        assertThat(GridKt._get(log, 0).subject()).isEqualTo("Brev 120");
        assertThat(GridKt._get(log, 49).subject()).isEqualTo("Brev 71");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Visar de 50 senaste av 122 brev.");
    }
}
