package se.huddinge.delaktighet.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.huddinge.delaktighet.proposal.ProposalForm;
import se.huddinge.delaktighet.proposal.ProposalJobs;
import se.huddinge.delaktighet.proposal.ProposalTakeUps;
import se.huddinge.delaktighet.proposal.ProposalTestBase;
import se.huddinge.delaktighet.proposal.TakenUp;
import se.huddinge.delaktighet.reporting.AuditTrail;
import se.huddinge.delaktighet.reporting.BelowThreshold;
import se.huddinge.delaktighet.reporting.BelowThresholdFilter;

/**
 * Below the threshold is not the end: staff list the proposals that closed below the threshold, and a committee
 * member or an officer records that a politician took one up; the public timeline and the audit trail then say so.
 */
class BelowThresholdTest extends ProposalTestBase {

    @Autowired
    ProposalJobs jobs;
    @Autowired
    BelowThreshold below;
    @Autowired
    ProposalTakeUps takeUps;
    @Autowired
    AuditTrail audit;

    private long benches;

    /** Three proposals published on 2 March 2026 that close on 31 May with 37, 5 and 80 supports; one goes on. */
    private void threeClosedBelowAndOneOver() {
        benches = closing(BENCHES, "Flemingsberg", "parker", 37);
        closing("Belysning på gångvägen i Skogås", "Skogås", "trygghet", 5);
        closing("Utegym i Stuvsta", "Stuvsta-Snättringe", "parker", 80);
        given.thresholdReached("Ny lekplats i Vårby");
        clock.setTo("2026-05-31T09:00:01");
        jobs.closeEndedSupportPeriods();
    }

    @Test
    void staff_filter_the_proposals_that_closed_below_the_threshold() {
        threeClosedBelowAndOneOver();
        login("ledamot", "COMMITTEE");

        UI.getCurrent().navigate("granskning/under-grans");

        assertThat(titles()).as("only those closed below; the one over the threshold is not listed")
                .containsExactlyInAnyOrder(BENCHES, "Belysning på gångvägen i Skogås", "Utegym i Stuvsta");
        assertThat(total()).isEqualTo("3 förslag");
        _setValue(combo("Ämne"), rules.category("parker").orElseThrow());
        assertThat(titles()).containsExactlyInAnyOrder(BENCHES, "Utegym i Stuvsta");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Minst antal stöd")), 40);
        assertThat(titles()).containsExactly("Utegym i Stuvsta");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Minst antal stöd")), null);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Högst antal stöd")), 40);
        assertThat(titles()).containsExactly(BENCHES);
        _setValue(combo("Ämne"), null);
        _setValue(combo("Kommundel"), "Skogås");
        assertThat(titles()).containsExactly("Belysning på gångvägen i Skogås");
        _setValue(combo("Kommundel"), null);
        _setValue(combo("År som stödtiden tog slut"), 2025);
        assertThat(total()).isEqualTo("Inga förslag matchar");
        _setValue(combo("År som stödtiden tog slut"), 2026);
        assertThat(total()).isEqualTo("2 förslag");
    }

    @Test
    void the_csv_of_the_list_has_only_the_public_facts_for_every_role() {
        threeClosedBelowAndOneOver();

        String csv = se.huddinge.delaktighet.proposal.ProposalFixtures.as(OFFICER, () -> {
            var out = new ByteArrayOutputStream();
            below.exportCsv(BelowThresholdFilter.all().sortedBy(BelowThresholdFilter.Sort.SUPPORTS, false),
                    Locale.of("sv"), out);
            return out.toString(StandardCharsets.UTF_8);
        }, "OFFICER");

        assertThat(csv).startsWith("\uFEFF" + "Diarienummer;Rubrik;Kommundel;Ämne;Stödtiden slutade;Stöd;"
                + "Antal gånger upptaget\r\n");
        assertThat(csv.lines().skip(1).map(l -> l.split(";")[1]).toList()).as("most supports first")
                .containsExactly("Utegym i Stuvsta", BENCHES, "Belysning på gångvägen i Skogås");
        assertThat(csv).contains(";Flemingsberg;Parker och natur;2026-05-31;37;0").doesNotContain("anna@example.se")
                .doesNotContain("Anna Andersson");
    }

    @Test
    void a_committee_member_records_that_a_politician_took_it_up_and_the_timeline_says_so() {
        threeClosedBelowAndOneOver();
        clock.setTo("2026-06-10T10:00:00");
        login("ledamot", "COMMITTEE");
        UI.getCurrent().navigate("granskning/forslag/" + benches);

        _click(_get(Button.class, spec -> spec.withText("Spara att förslaget togs upp")));
        assertThat(field("Vem tog upp förslaget").getErrorMessage()).isEqualTo("Skriv vem som tog upp förslaget.");
        assertThat(field("I vilket organ").getErrorMessage()).isEqualTo("Skriv i vilket organ förslaget togs upp.");
        assertThat(field("Diarienummer").getErrorMessage()).isEqualTo("Skriv ett diarienummer eller en anteckning.");
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Datum")).getErrorMessage()).isEqualTo("Välj datumet.");
        _setValue(field("Vem tog upp förslaget"), "Karin Berg (S)");
        _setValue(field("I vilket organ"), "kommunfullmäktige");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Anteckning")), "Karin Berg har lämnat en motion om fler bänkar.");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Datum")), LocalDate.of(2026, 6, 11));
        _click(_get(Button.class, spec -> spec.withText("Spara att förslaget togs upp")));
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Datum")).getErrorMessage())
                .isEqualTo("Datumet kan inte ligga i framtiden.");
        assertThat(given.count("proposal_take_up")).as("nothing half-saved").isZero();

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Datum")), LocalDate.of(2026, 6, 9));
        _click(_get(Button.class, spec -> spec.withText("Spara att förslaget togs upp")));

        NotificationsKt.expectNotifications("Sparat.");
        assertThat(_get(ListItem.class, spec -> spec.withText("tisdag 9 juni 2026: Karin Berg (S) tog upp förslaget "
                + "i kommunfullmäktige"))).isNotNull();
        assertThat(jdbc.queryForObject("select recorded_by from proposal_take_up", String.class)).isEqualTo("ledamot");

        UI.getCurrent().navigate("forslag/" + given.reference(benches));
        var timeline = _get(OrderedList.class, spec -> spec.withId("timeline")).getElement().getTextRecursively();
        assertThat(timeline).contains("söndag 31 maj 2026: Tiden för stöd tog slut")
                .containsSubsequence("Tiden för stöd tog slut", "tisdag 9 juni 2026: Karin Berg (S) tog upp förslaget i "
                        + "kommunfullmäktige", "Karin Berg har lämnat en motion om fler bänkar.");

        UI.getCurrent().navigate("granskning/under-grans");
        assertThat(GridKt._getFormattedRow(grid(), IntStream.range(0, GridKt._size(grid()))
                .filter(i -> GridKt._getFormattedRow(grid(), i).toString().contains(BENCHES)).findFirst().orElseThrow()))
                .contains("Ja");
    }

    @Test
    void an_officer_records_it_with_a_case_number_in_english_and_the_audit_trail_keeps_who_and_when() {
        threeClosedBelowAndOneOver();
        clock.setTo("2026-06-10T10:00:00");
        login(OFFICER, "OFFICER");
        useLanguage(Locale.ENGLISH);
        UI.getCurrent().navigate("granskning/forslag/" + benches);

        _setValue(field("Who took up the proposal"), "Karin Berg (S)");
        _setValue(field("In which body"), "x".repeat(201));
        _setValue(field("Case number"), "KS-2026/123");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date")), LocalDate.of(2026, 5, 30));
        _click(_get(Button.class, spec -> spec.withText("Save that the proposal was taken up")));
        assertThat(field("In which body").getErrorMessage()).isEqualTo("At most 200 characters.");
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Date")).getErrorMessage())
                .isEqualTo("The date cannot be before the support period ended.");

        _setValue(field("In which body"), "the municipal executive board");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date")), LocalDate.of(2026, 6, 10));
        _click(_get(Button.class, spec -> spec.withText("Save that the proposal was taken up")));

        assertThat(given.count("proposal_take_up")).isEqualTo(1);
        var entry = se.huddinge.delaktighet.proposal.ProposalFixtures.as("admin", () -> audit.page(
                new AuditTrail.Filter(AuditTrail.Kind.TAKEN_UP, null, null, null), 0, 10), "ADMIN").getFirst();
        assertThat(entry.actor()).isEqualTo(OFFICER);
        assertThat(entry.subject()).isEqualTo(given.reference(benches));
        assertThat(entry.after()).isEqualTo("Karin Berg (S), the municipal executive board, 2026-06-10");
        assertThat(entry.note()).isEqualTo("KS-2026/123");
    }

    @Test
    void only_a_proposal_closed_below_the_threshold_can_be_taken_up_and_only_by_the_committee_or_officers() {
        threeClosedBelowAndOneOver();
        long over = jdbc.queryForObject("select id from proposal where status = 'THRESHOLD_REACHED'", Long.class);
        var form = new TakenUp.Form("Karin Berg (S)", "kommunfullmäktige", "KS-2026/123", null, LocalDate.of(2026, 5, 31));

        assertThatThrownBy(() -> se.huddinge.delaktighet.proposal.ProposalFixtures.as(OFFICER,
                () -> takeUps.record(over, form), "OFFICER"))
                .isInstanceOf(se.huddinge.delaktighet.proposal.ProposalException.class);
        assertThatThrownBy(() -> se.huddinge.delaktighet.proposal.ProposalFixtures.as("admin",
                () -> takeUps.record(benches, form), "ADMIN")).isInstanceOf(AccessDeniedException.class);
        login(OFFICER, "OFFICER");
        UI.getCurrent().navigate("granskning/forslag/" + over);
        assertThat(_find(Button.class, spec -> spec.withText("Spara att förslaget togs upp"))).isEmpty();
        assertThat(given.count("proposal_take_up")).isZero();
    }

    private long closing(String title, String district, String category, int supports) {
        long id = given.published(new ProposalForm(title, "En idé som behöver stöd från fler som bor här.", district,
                category, "Anna Andersson", "anna@example.se", true, true, List.of()));
        jdbc.update("update proposal set support_count = ? where id = ?", supports, id);
        return id;
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static String total() {
        return _get(Paragraph.class, spec -> spec.withId("list-total")).getText();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String label) {
        return _get(ComboBox.class, spec -> spec.withLabel(label));
    }

    private static Grid<?> grid() {
        return _get(Grid.class, spec -> spec.withId("below-threshold"));
    }

    private static List<String> titles() {
        Grid<?> grid = grid();
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> ((Anchor) GridKt._getCellComponent(grid, i, "TITLE")).getText()
                        .replaceFirst("^HF-\\d{4}-\\d{4} ", "")).toList();
    }
}
