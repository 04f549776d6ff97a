package se.huddinge.delaktighet.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.Duration;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.HeldWrites;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.notification.LetterEntry;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.Proposals;
import se.huddinge.delaktighet.proposal.PublicProposal;

/** After a step the case page asks for the step's letter until it is written, then stops asking. */
@RecordApplicationEvents
class CaseLetterRefreshTest extends KaribuTest {

    @Autowired
    ProposalService service;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ApplicationEvents events;
    @Autowired
    DataSource dataSource;

    @Test
    void the_page_asks_until_the_letter_of_the_step_is_written_and_then_stops_asking() throws Exception {
        var p = openCaseInModeration();
        assertThat(UI.getCurrent().getPollInterval()).as("nothing to wait for").isEqualTo(-1);

        // the letter writer waits until the page has answered the click: the letter lands after it
        HeldWrites.to(dataSource, "letter", () -> {
            _click(_get(Button.class, spec -> spec.withText("Publicera förslaget")));
            assertThat(subjects()).doesNotContain(published(p));
        });
        assertThat(UI.getCurrent().getPollInterval()).as("waiting for the letter").isEqualTo(1000);
        awaitLetter("proposal-published");
        poll();

        assertThat(subjects()).contains(published(p));
        assertThat(UI.getCurrent().getPollInterval()).as("done waiting").isEqualTo(-1);
    }

    @Test
    void the_page_stops_asking_after_fifteen_seconds_when_no_letter_comes() {
        openCaseInModeration();
        _click(_get(Button.class, spec -> spec.withText("Publicera förslaget")));
        awaitLetter("proposal-published");
        // deleted once its delivery has been tried, or the sender's last write would find no row
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select attempts from letter where template = 'proposal-published'", Integer.class) > 0);
        jdbc.update("delete from letter where template = 'proposal-published'");

        IntStream.range(0, 14).forEach(i -> poll());
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(1000);
        poll();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    private PublicProposal openCaseInModeration() {
        var p = new Proposals(service, cases, events).inModeration("Bänkar längs Orlångens strand");
        awaitLetter("proposal-receipt");
        login("hanna", "OFFICER");
        UI.getCurrent().navigate("granskning/forslag/" + p.id());
        return p;
    }

    private void awaitLetter(String template) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from letter where template = ?", Integer.class, template) == 1);
    }

    private static String published(PublicProposal p) {
        return "Ditt förslag " + p.reference() + " är publicerat";
    }

    private static void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> subjects() {
        Grid<LetterEntry> log = _find(Grid.class).stream().filter(g -> "Brev om förslaget".equals(
                g.getElement().getAttribute("aria-label"))).findFirst().orElseThrow();
        return IntStream.range(0, GridKt._size(log)).mapToObj(i -> GridKt._get(log, i).subject()).toList();
    }
}
