package se.huddinge.delaktighet.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.Proposals;
import se.huddinge.delaktighet.proposal.PublicProposal;

/**
 * Least privilege on the case page and the dashboard: committee members see who sent a proposal and which letters went
 * out, never a resident's e-mail address; officers and administrators, who may have to write to them, do.
 */
@RecordApplicationEvents
class WhoSeesWhatTest extends KaribuTest {

    private static final String AUTHOR = "asa.oberg@example.se";
    private static final String SUPPORTER = "stodjare.svensson@example.se";

    @Autowired
    ProposalService service;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ApplicationEvents events;

    private PublicProposal proposal;

    @BeforeEach
    void aPublishedProposalWithASupporter() {
        proposal = new Proposals(service, cases, events).published("Fler bänkar vid Trångsundsskogen");
        service.requestSupport(proposal.reference(), SUPPORTER, false, java.util.Locale.of("sv"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from letter where recipient = ?", Integer.class, SUPPORTER) == 1);
    }

    @ParameterizedTest(name = "{0} sees addresses: {1}")
    @CsvSource({"OFFICER, true", "ADMIN, true", "COMMITTEE, false"})
    void the_case_page_and_its_letter_log_show_residents_addresses_only_to_those_who_handle_cases(String role,
                                                                                                boolean seesAddresses) {
        login("anna", role);
        UI.getCurrent().navigate("granskning/forslag/" + proposal.id());

        String page = _find(Paragraph.class).stream().map(Paragraph::getText).reduce("", (a, b) -> a + "\n" + b);
        assertThat(page).contains("Inskickat av Åsa Öberg");
        List<String> log = cells(letterLog());
        assertThat(log).as("the letter log lists the supporter's letter").anyMatch(c -> c.startsWith("En stödjare")
                || c.equals(SUPPORTER));
        if (seesAddresses) {
            assertThat(page).contains(AUTHOR);
            assertThat(log).contains(SUPPORTER, AUTHOR);
        } else {
            assertThat(page).doesNotContain(AUTHOR);
            assertThat(log).noneMatch(c -> c.contains("@example.se"))
                    .contains("En stödjare (adressen visas bara för handläggare)",
                            "Invånaren (adressen visas bara för handläggare)");
        }

        UI.getCurrent().navigate("granskning");
        List<String> dashboard = _find(Grid.class).stream().flatMap(g -> cells(g).stream()).toList();
        assertThat(dashboard.stream().anyMatch(c -> c.contains(SUPPORTER))).isEqualTo(seesAddresses);
        assertThat(dashboard.stream().anyMatch(c -> c.contains(AUTHOR))).isEqualTo(seesAddresses);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> letterLog() {
        return _find(Grid.class).stream().filter(g -> "Brev om förslaget".equals(g.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> cells(Grid grid) {
        var all = new java.util.ArrayList<String>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            GridKt._getFormattedRow(grid, row).forEach(c -> all.add(String.valueOf(c)));
        }
        return all;
    }
}
