package se.huddinge.delaktighet.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.ImplementationRecord;
import se.huddinge.delaktighet.proposal.ImplementationStatus;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalImplementations;
import se.huddinge.delaktighet.proposal.ProposalTestBase;
import se.huddinge.delaktighet.reporting.FollowUps;
import se.huddinge.delaktighet.reporting.OpenData;
import se.huddinge.delaktighet.reporting.StaffFilter;

/**
 * The approved proposals counted where the committee and the public read figures (DD29): the overview's cards, the
 * annual follow-up (screen, CSV) at each year's end, and open data with each proposal's implementation status and
 * latest note as typed (neutralised as a formula in CSV), and no name.
 */
class ImplementationFiguresTest extends ProposalTestBase {

    @Autowired
    ProposalImplementations implementations;
    @Autowired
    FollowUps followUps;
    @Autowired
    OpenData openData;

    @Test
    void approved_under_way_and_done_are_counted_in_the_overview_the_follow_up_and_open_data() {
        long done = approved("Fler bänkar i Flemingsberg");
        long underWay = approved("Belysning på gångvägen i Vårby");
        approved("Ett utegym i Stuvsta");                  // approved, nothing written yet
        save(done, null, ImplementationStatus.UNDER_WAY, null);
        save(underWay, null, ImplementationStatus.PLANNED, null);
        clock.setTo("2026-10-01T10:00:00");
        save(done, version(done), ImplementationStatus.DONE, FollowThroughViewsTest.HOSTILE);
        save(underWay, version(underWay), ImplementationStatus.UNDER_WAY, null);

        login(OFFICER, "OFFICER");
        UI.getCurrent().navigate("granskning");
        assertThat(card("granskning-lista?status=DECIDED&genomforande=alla")).isEqualTo("Bifall: 3");
        assertThat(card("granskning-lista?status=DECIDED&genomforande=pagar")).isEqualTo("Bifall: planerat eller pågår: 1");
        assertThat(card("granskning-lista?status=DECIDED&genomforande=klart")).isEqualTo("Bifall: klart: 1");

        clock.setTo("2027-01-15T10:00:00");
        save(underWay, version(underWay), ImplementationStatus.DONE, "=HYPERLINK(\"http://x\",\"y\")");  // 2027
        String csv = ProposalFixtures.as(OFFICER, () -> {
            var out = new ByteArrayOutputStream();
            followUps.csv(2026, PortalI18n.SWEDISH, out);
            return out.toString(StandardCharsets.UTF_8);
        }, "OFFICER");
        String section = "Genomförande av bifall vid slutet av 2026";
        assertThat(csv).contains(section + ";Bifall hittills;3;0", section + ";Bifall utan uppgift om genomförande;1;0",
                section + ";Planerade;0;0", section + ";Pågår;1;0", section + ";Klara;1;0",
                section + ";Blir inte av;0;0", section + ";Blev klara under året;1;0");
        assertThat(ProposalFixtures.as(OFFICER, () -> followUps.html(2026, PortalI18n.SWEDISH), "OFFICER"))
                .contains(section);

        var items = openData.page(0, 100).items();
        var first = items.stream().filter(i -> i.title().equals("Fler bänkar i Flemingsberg")).findFirst()
                .orElseThrow();
        assertThat(first.implementationStatus()).isEqualTo("DONE");
        assertThat(first.implementationNote()).isEqualTo(FollowThroughViewsTest.HOSTILE);
        assertThat(items.stream().filter(i -> i.title().equals("Ett utegym i Stuvsta")).findFirst().orElseThrow()
                .implementationStatus()).isNull();
        var out = new ByteArrayOutputStream();
        openData.csv(0, 100, out);
        String open = out.toString(StandardCharsets.UTF_8);
        assertThat(open).contains("implementationStatus;implementationPlannedDate;implementationNote")
                .contains(";DONE;2026-09-04;").doesNotContain("Anna Andersson", OFFICER)
                .as("a note that starts as a formula is text").contains("'=HYPERLINK(");
        assertThat(items.stream().filter(i -> i.title().startsWith("Belysning")).findFirst().orElseThrow()
                .implementationNote()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
    }

    @Test
    void each_card_opens_the_list_of_exactly_its_approved_proposals_and_the_list_filters_by_the_work_too() {
        long done = approved("Fler bänkar i Flemingsberg");
        long underWay = approved("Belysning på gångvägen i Vårby");
        long planned = approved("Ett utegym i Stuvsta");
        long notDone = approved("En badbrygga i Trehörningen");
        approved("Blommor vid Huddinge centrum");             // approved, nothing written yet
        long rejected = given.referred("En ny simhall i Skogås");
        given.decide(rejected, Decision.AVSLAG, LocalDate.of(2026, 3, 2));
        save(done, null, ImplementationStatus.DONE, null);
        save(underWay, null, ImplementationStatus.UNDER_WAY, null);
        save(planned, null, ImplementationStatus.PLANNED, null);
        ProposalFixtures.as(OFFICER, () -> implementations.save(notDone, null, new ImplementationRecord.Form(
                "Parkenheten", LocalDate.of(2026, 9, 4), ImplementationStatus.NOT_DONE, "Sjön är för grund.", null)),
                "OFFICER");
        login(OFFICER, "OFFICER");

        assertThat(listFromCard("alla", "Bifall: 5")).containsExactlyInAnyOrder("Fler bänkar i Flemingsberg",
                "Belysning på gångvägen i Vårby", "Ett utegym i Stuvsta", "En badbrygga i Trehörningen",
                "Blommor vid Huddinge centrum");
        assertThat(implementationFilter().getValue()).isEqualTo(StaffFilter.Implementation.APPROVED);
        assertThat(listFromCard("pagar", "Bifall: planerat eller pågår: 2"))
                .containsExactlyInAnyOrder("Belysning på gångvägen i Vårby", "Ett utegym i Stuvsta");
        assertThat(implementationFilter().getValue()).isEqualTo(StaffFilter.Implementation.OPEN);
        assertThat(implementationFilter().getLabel()).isEqualTo("Genomförande av bifall");
        assertThat(listFromCard("klart", "Bifall: klart: 1")).containsExactly("Fler bänkar i Flemingsberg");

        // on the list itself: the same filter, labelled, each choice in words
        assertThat(implementationFilter().getListDataView().getItems().map(implementationFilter()
                .getItemLabelGenerator()).toList()).containsExactly("Alla bifall", "Planerat eller pågår", "Klart",
                "Blir inte av", "Ingen uppgift ännu");
        implementationFilter().setValue(StaffFilter.Implementation.NOT_DONE);
        assertThat(titles()).containsExactly("En badbrygga i Trehörningen");
        implementationFilter().setValue(StaffFilter.Implementation.NO_RECORD);
        assertThat(titles()).containsExactly("Blommor vid Huddinge centrum");
        implementationFilter().clear();
        assertThat(titles()).as("every decided proposal").hasSize(6).contains("En ny simhall i Skogås");
    }

    /** Follows the overview's card to its list: the proposals the list shows. */
    private List<String> listFromCard(String param, String card) {
        UI.getCurrent().navigate("granskning");
        String path = "granskning/lista?status=DECIDED&genomforande=" + param;
        assertThat(card(path)).isEqualTo(card);
        String href = _get(_get(Div.class, spec -> spec.withId("queue-" + path.replace('/', '-'))), Anchor.class)
                .getHref();
        assertThat(href).isEqualTo(path);
        UI.getCurrent().navigate(href.substring(0, href.indexOf('?')),
                QueryParameters.fromString(href.substring(href.indexOf('?') + 1)));
        return titles();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<StaffFilter.Implementation> implementationFilter() {
        return _get(ComboBox.class, spec -> spec.withId("implementation-filter"));
    }

    private static List<String> titles() {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("proposals"));
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> ((Anchor) GridKt._getCellComponent(grid, i, "TITLE")).getText()
                        .replaceFirst("^HF-\\d{4}-\\d{4} ", "")).toList();
    }

    private String card(String path) {
        var card = _get(Div.class, spec -> spec.withId("queue-" + path.replace('/', '-')));
        return _get(card, Span.class).getText() + ": " + _get(card, Paragraph.class).getText();
    }

    private long approved(String title) {
        long id = given.referred(title);
        given.decide(id, Decision.BIFALL, LocalDate.of(2026, 3, 2));
        return id;
    }

    private void save(long id, Long version, ImplementationStatus status, String note) {
        ProposalFixtures.as(OFFICER, () -> implementations.save(id, version, new ImplementationRecord.Form(
                "Parkenheten", LocalDate.of(2026, 9, 4), status, null, note)), "OFFICER");
    }

    private Long version(long id) {
        return implementations.of(id).map(ImplementationRecord::version).orElse(null);
    }
}
