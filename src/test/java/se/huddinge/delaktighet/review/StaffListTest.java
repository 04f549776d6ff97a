package se.huddinge.delaktighet.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalForm;
import se.huddinge.delaktighet.proposal.ProposalStatus;
import se.huddinge.delaktighet.proposal.ProposalTestBase;
import se.huddinge.delaktighet.reporting.StaffFilter;
import se.huddinge.delaktighet.reporting.StaffProposals;

/** The staff list of every proposal: filters, full-text search, the overdue filter and the CSV export. */
class StaffListTest extends ProposalTestBase {

    @Autowired
    StaffProposals list;

    @Test
    void staff_filter_and_search_the_list_of_every_proposal() {
        given.inModeration(BENCHES);
        clock.setTo("2026-03-03T09:00:00");
        given.published(new ProposalForm("Belysning på gångvägen i Skogås", "Gångvägen är mörk på kvällen och "
                + "behöver lampor.", "Skogås", "trygghet", "Bo Berg", "bo@example.se", true, true, List.of()));
        clock.setTo("2026-03-04T09:00:00");
        given.referred("Utegym i Stuvsta");
        given.submit(ProposalFixtures.form("Inte bekräftat ännu"));
        login("ledamot", "COMMITTEE");

        UI.getCurrent().navigate("granskning/lista");

        assertThat(titles()).as("newest first; the unconfirmed one is not listed")
                .containsExactly("Utegym i Stuvsta", "Belysning på gångvägen i Skogås", BENCHES);
        assertThat(_get(Paragraph.class, spec -> spec.withId("list-total")).getText()).isEqualTo("3 förslag");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Sök i rubrik och text")), "lampor");
        assertThat(titles()).as("found in the text by full-text search").containsExactly("Belysning på gångvägen i Skogås");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Sök i rubrik och text")), "parkbänk");
        assertThat(titles()).as("the start of a word").containsExactly(BENCHES);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Sök i rubrik och text")), "");
        _setValue(statusFilter(), ProposalStatus.REFERRED);
        assertThat(titles()).containsExactly("Utegym i Stuvsta");
        assertThat(_get(Paragraph.class, spec -> spec.withId("list-total")).getText()).isEqualTo("1 förslag");
    }

    @Test
    void the_overdue_filter_uses_the_due_date_each_proposal_waits_for() {
        given.inModeration(BENCHES);                                  // due Monday 16 March
        clock.setTo("2026-03-17T09:00:00");
        given.inModeration("Belysning på gångvägen i Skogås");        // due 31 March
        given.referred("Utegym i Stuvsta");                           // decision due in a year
        login("ledamot", "COMMITTEE");

        UI.getCurrent().navigate("granskning/lista", QueryParameters.of("overdue", "true"));

        assertThat(titles()).containsExactly(BENCHES);
    }

    @Test
    void the_csv_opens_in_excel_neutralises_formulas_and_gives_addresses_only_to_officers() {
        long id = given.inModeration(BENCHES);
        jdbc.update("update proposal set title = ? where id = ?", "=HYPERLINK(\"http://example.com\";\"klicka\")", id);
        given.inModeration("Belysning på gångvägen i Skogås");

        String officer = ProposalFixtures.as("handlaggare", () -> csv(), "OFFICER");
        String member = ProposalFixtures.as("ledamot", () -> csv(), "COMMITTEE");

        assertThat(officer).startsWith("\uFEFF" + "Diarienummer;Rubrik;Status;Kommundel;Ämne;Nämnd;Inkom;Stöd;"
                + "Ska vara klart;Förslagsställarens namn;Förslagsställarens e-post\r\n");
        assertThat(officer).contains("\"'=HYPERLINK(\"\"http://example.com\"\";\"\"klicka\"\")\"");
        assertThat(officer).contains("Granskas;Flemingsberg;Parker och natur;;2026-03-02;0;2026-03-16;"
                + "Anna Andersson;anna@example.se");
        assertThat(officer.lines()).hasSize(3);
        assertThat(member).doesNotContain("anna@example.se").doesNotContain("Anna Andersson")
                .doesNotContain("Förslagsställarens");
        assertThat(member.lines()).hasSize(3);
    }

    private String csv() {
        var out = new ByteArrayOutputStream();
        list.exportCsv(StaffFilter.all(), java.util.Locale.of("sv"), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ProposalStatus> statusFilter() {
        return _get(ComboBox.class, spec -> spec.withLabel("Status"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> titles() {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("proposals"));
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> ((Anchor) GridKt._getCellComponent(grid, i, "TITLE")).getText()
                        .replaceFirst("^HF-\\d{4}-\\d{4} ", "")).toList();
    }
}
