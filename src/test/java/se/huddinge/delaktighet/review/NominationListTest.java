package se.huddinge.delaktighet.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.nomination.NominationStatus;
import se.huddinge.delaktighet.nomination.NomineeKind;
import se.huddinge.delaktighet.nomination.PrizeFixtures;
import se.huddinge.delaktighet.nomination.PrizeReview.MyState;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.reporting.NominationFilter;
import se.huddinge.delaktighet.reporting.StaffNominations;

/** The staff list of nominations: filters, search, sort, lazy paging, CSV, and personal data only for officers. */
class NominationListTest extends KaribuTest {

    @Autowired
    PrizeRounds rounds;
    @Autowired
    StaffNominations list;

    private long scored;

    @BeforeEach
    void aRoundWithNominations() {
        long round = rounds.create(PrizeFixtures.round(2026)).id();
        nomination(round, "DP-2026-0001", "CONFIRMED", "Vårby ungdomsråd", "ASSOCIATION", "Ordnar läxhjälp i Vårby",
                "2026-06-10 10:00:00");
        scored = nomination(round, "DP-2026-0002", "CONFIRMED", "Skogås hembygdsförening", "ASSOCIATION",
                "Håller Skogås historia levande", "2026-06-11 10:00:00");
        nomination(round, "DP-2026-0003", "CONFIRMED", "=Anna Berg", "PERSON", "Tränar fotboll i Stuvsta",
                "2026-06-12 10:00:00");
        nomination(round, "DP-2026-0004", "TOO_LATE", "Fullersta läsecirkel", "GROUP", "Läser med äldre",
                "2026-08-21 10:00:00");
        nomination(round, null, "AWAITING_CONFIRMATION", "Ej bekräftad", "PERSON", "Okänd", "2026-06-13 10:00:00");
        jdbc.update("insert into nomination_review (nomination_id, member, recused, submitted_at) values (?, "
                + "'ledamot', false, '2026-08-22 10:00:00')", scored);
        clock.setTo("2026-08-25T09:00:00");
    }

    @Test
    void a_committee_member_filters_searches_and_sorts_every_nomination() {
        login("ledamot", "COMMITTEE");

        UI.getCurrent().navigate("granskning/nomineringar");

        assertThat(nominees()).as("newest first; the unconfirmed one is not listed").containsExactly(
                "Fullersta läsecirkel", "=Anna Berg", "Skogås hembygdsförening", "Vårby ungdomsråd");
        assertThat(total()).isEqualTo("4 nomineringar");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Sök på den nominerade")), "läxhjälp");
        assertThat(nominees()).as("found in the tie to Huddinge").containsExactly("Vårby ungdomsråd");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Sök på den nominerade")), "DP-2026-0002");
        assertThat(nominees()).as("by number").containsExactly("Skogås hembygdsförening");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Sök på den nominerade")), "");

        _setValue(combo("Slag"), NomineeKind.ASSOCIATION);
        assertThat(nominees()).containsExactly("Skogås hembygdsförening", "Vårby ungdomsråd");
        _setValue(combo("Min bedömning"), MyState.TO_SCORE);
        assertThat(nominees()).as("the one I scored is left out").containsExactly("Vårby ungdomsråd");
        assertThat(total()).isEqualTo("1 nominering");
        _setValue(combo("Min bedömning"), MyState.SCORED);
        assertThat(nominees()).containsExactly("Skogås hembygdsförening");
        _setValue(combo("Min bedömning"), null);
        _setValue(combo("Slag"), null);

        _setValue(combo("Status"), NominationStatus.TOO_LATE);
        assertThat(nominees()).containsExactly("Fullersta läsecirkel");
        _setValue(combo("Status"), null);
        _setValue(combo("År"), 2025);
        assertThat(total()).isEqualTo("Inga nomineringar matchar");
        _setValue(combo("År"), 2026);

        grid().sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(
                grid().getColumnByKey("NOMINEE"), SortDirection.ASCENDING)));
        assertThat(nominees()).as("by name, a to ö").containsExactly("=Anna Berg", "Fullersta läsecirkel",
                "Skogås hembygdsförening", "Vårby ungdomsråd");
        assertThat(grid().getColumnByKey("nominator")).as("no nominators for the committee").isNull();
        assertThat(grid().getColumnByKey("mine")).isNotNull();
    }

    @Test
    void officers_see_and_export_the_nominators_and_the_committee_does_not() {
        String officer = ProposalFixtures.as("handlaggare", this::csv, "OFFICER");
        String member = ProposalFixtures.as("ledamot", this::csv, "COMMITTEE");

        assertThat(officer).startsWith("\uFEFF" + "Nummer;År;Status;Nominerad;Slag;Inkom;Bedömningar;"
                + "Den nominerades kontakt;Nominerandes namn;Nominerandes e-post;Nominerandes telefon\r\n");
        assertThat(officer).contains("DP-2026-0003;2026;Bekräftad;'=Anna Berg;person;2026-06-12;0;anna@example.se;"
                + "Nina Nilsson;nina@example.se;08-123 45");
        assertThat(officer.lines()).hasSize(5);
        assertThat(member).startsWith("\uFEFF" + "Nummer;År;Status;Nominerad;Slag;Inkom;Bedömningar;Min bedömning\r\n");
        assertThat(member).contains("DP-2026-0002;2026;Bekräftad;Skogås hembygdsförening;förening;2026-06-11;1;Bedömd");
        assertThat(member).doesNotContain("nina@example.se").doesNotContain("Nina Nilsson").doesNotContain("08-123");

        login("handlaggare", "OFFICER");
        UI.getCurrent().navigate("granskning/nomineringar");
        assertThat(grid().getColumnByKey("nominator")).isNotNull();
        assertThat(grid().getColumnByKey("mine")).as("officers do not score").isNull();
        assertThat(_find(ComboBox.class, spec -> spec.withLabel("Min bedömning"))).isEmpty();
        assertThat(GridKt._getFormattedRow(grid(), 1)).contains("Nina Nilsson").contains("nina@example.se");
    }

    @Test
    void the_overview_and_every_page_of_granskning_lead_to_the_list() {
        login("ledamot", "COMMITTEE");
        UI.getCurrent().navigate("granskning");

        _get(Anchor.class, spec -> spec.withText("Visa alla nomineringar"));
        assertThat(_get(Anchor.class, spec -> spec.withText("Alla nomineringar")).getHref())
                .isEqualTo("granskning/nomineringar");
    }

    private long nomination(long round, String reference, String status, String nominee, String kind, String tie,
                            String submitted) {
        jdbc.update("insert into nomination (round_id, reference, status, nominee_name, nominee_kind, nominee_tie, "
                + "nominee_knows, nominee_contact, nominator_name, nominator_email, nominator_phone, language, "
                + "submitted_at, link_expires_at, confirmed_at) values (?, ?, ?, ?, ?, ?, true, 'anna@example.se', "
                + "'Nina Nilsson', 'nina@example.se', '08-123 45', 'sv', ?, ?, ?)", round, reference, status, nominee,
                kind, tie, submitted, submitted, submitted);
        return jdbc.queryForObject("select max(id) from nomination", Long.class);
    }

    private String csv() {
        var out = new ByteArrayOutputStream();
        list.exportCsv(NominationFilter.all(), Locale.of("sv"), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String total() {
        return _get(Paragraph.class, spec -> spec.withId("list-total")).getText();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String label) {
        return _get(ComboBox.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid() {
        return _get(Grid.class, spec -> spec.withId("nominations"));
    }

    private static List<String> nominees() {
        Grid<?> grid = grid();
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> ((Anchor) GridKt._getCellComponent(grid, i, "NOMINEE")).getText()
                        .replaceFirst("^DP-\\d{4}-\\d{4} ", "")).toList();
    }
}
