package se.huddinge.delaktighet.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static se.huddinge.delaktighet.proposal.ProposalPages.*;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.CaseFile;
import se.huddinge.delaktighet.proposal.Proposal;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalTestBase;

/** Officers moderate, refer and record decisions on the case page; the audit trail says who, the public page not. */
class ProposalCaseViewsTest extends ProposalTestBase {

    @Test
    void an_officer_publishes_and_the_audit_trail_names_the_officer_but_the_public_page_does_not() {
        long id = given.inModeration(BENCHES);
        login(OFFICER, "OFFICER");
        UI.getCurrent().navigate("granskning/forslag/" + id);
        assertThat(_get(H1.class).getText()).isEqualTo(BENCHES);
        assertThat(caseStatus()).isEqualTo("Granskas · HF-2026-0001");
        assertThat(pageText()).contains("Inskickat av Anna Andersson (anna@example.se)");

        _click(_get(Button.class, spec -> spec.withText("Publicera förslaget")));

        NotificationsKt.expectNotifications("Sparat.");
        assertThat(caseStatus()).isEqualTo("Öppet för stöd · HF-2026-0001");
        assertThat(given.status(id)).isEqualTo("PUBLISHED");
        assertThat(auditRows()).hasSize(3);
        assertThat(auditRows().get(1)).as("the author's confirmation, in words")
                .containsExactly("måndag 2 mars 2026 kl. 09:00", "Granskas", "Förslagsställaren", "");
        assertThat(lastAuditRow()).contains("Öppet för stöd", OFFICER);
        assertThat(_find(Button.class, spec -> spec.withText("Publicera förslaget"))).isEmpty();

        signOut();
        UI.getCurrent().navigate("forslag/" + given.reference(id));
        assertThat(pageText()).contains("Förslaget publicerades och öppnade för stöd")
                .doesNotContain(OFFICER, "Anna Andersson", "anna@example.se");
    }

    @Test
    void an_officer_does_not_publish_on_a_ground_and_sees_its_explanation() {
        long id = given.inModeration(BENCHES);
        login(OFFICER, "OFFICER");
        UI.getCurrent().navigate("granskning/forslag/" + id);

        _setValue(groundSelect(), rules.ground("FAULT_REPORT").orElseThrow());
        assertThat(_get(Paragraph.class, spec -> spec.withId("ground-explanation")).getText())
                .startsWith("Förslaget är en felanmälan").contains("huddinge.se/felanmalan");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Personlig rad till förslagsställaren (frivilligt)")),
                "Tack för att du hör av dig!");
        _click(_get(Button.class, spec -> spec.withText("Publicera inte")));

        assertThat(caseStatus()).isEqualTo("Publicerades inte · HF-2026-0001");
        assertThat(jdbc.queryForMap("select status, ground, ground_note from proposal")).containsValues(
                "NOT_PUBLISHED", "FAULT_REPORT", "Tack för att du hör av dig!");
        assertThat(lastAuditRow()).as("the ground by its name").contains("Publicerades inte", OFFICER, "Felanmälan");
    }

    @Test
    void not_publishing_without_a_ground_is_marked_at_the_ground() {
        long id = given.inModeration(BENCHES);
        login(OFFICER, "OFFICER");
        UI.getCurrent().navigate("granskning/forslag/" + id);

        _click(_get(Button.class, spec -> spec.withText("Publicera inte")));

        assertThat(groundSelect().isInvalid()).isTrue();
        assertThat(groundSelect().getErrorMessage()).isEqualTo("Välj ett skäl.");
        assertThat(given.status(id)).isEqualTo("IN_MODERATION");
    }

    @Test
    void the_similar_ground_demands_the_earlier_proposal_and_links_it() {
        long earlier = given.published(BENCHES);
        long id = given.inModeration("Fler bänkar i parken i Flemingsberg");
        login(OFFICER, "OFFICER");
        UI.getCurrent().navigate("granskning/forslag/" + id);

        _setValue(groundSelect(), rules.ground("SIMILAR").orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Publicera inte")));

        @SuppressWarnings("unchecked")
        ComboBox<CaseFile> similar = _get(ComboBox.class, spec -> spec.withLabel("Tidigare förslag som det liknar"));
        assertThat(similar.getErrorMessage()).isEqualTo("Välj det tidigare förslaget.");
        assertThat(given.status(id)).isEqualTo("IN_MODERATION");

        _setValue(similar, similar.getListDataView().getItems().filter(p -> p.id() == earlier).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Publicera inte")));

        assertThat(given.status(id)).isEqualTo("NOT_PUBLISHED");
        assertThat(jdbc.queryForObject("select similar_to_id from proposal where id = ?", Long.class, id)).isEqualTo(earlier);
    }

    @Test
    void an_officer_refers_a_proposal_that_reached_the_threshold_and_the_public_page_tells_where() {
        long id = given.thresholdReached(BENCHES);
        login(OFFICER, "OFFICER");
        UI.getCurrent().navigate("granskning/forslag/" + id);
        assertThat(caseStatus()).isEqualTo("Har nått gränsen för stöd · HF-2026-0001");

        _click(_get(Button.class, spec -> spec.withText("Lämna till nämnden")));
        assertThat(committeeSelect().getErrorMessage()).isEqualTo("Välj en nämnd.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Diarienummer")).getErrorMessage())
                .isEqualTo("Skriv diarienumret.");

        _setValue(committeeSelect(), rules.committee("NATUR").orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Diarienummer")), "NATUR-2026/17");
        _click(_get(Button.class, spec -> spec.withText("Lämna till nämnden")));

        assertThat(caseStatus()).isEqualTo("Lämnat till nämnd · HF-2026-0001");
        assertThat(auditRows()).anySatisfy(row -> assertThat(row).contains("Har nått gränsen för stöd",
                "Portalen (automatiskt)"));
        assertThat(lastAuditRow()).contains("Lämnat till nämnd", OFFICER, "NATUR NATUR-2026/17");
        signOut();
        UI.getCurrent().navigate("forslag/" + given.reference(id));
        assertThat(pageText()).contains("Förslaget har lämnats till Natur- och byggnadsnämnden (ansvarar för parker, "
                        + "gator och bygglov) (diarienummer NATUR-2026/17).", "Förslaget lämnades till nämnden")
                .doesNotContain(OFFICER);
    }

    @Test
    void an_officer_records_the_decision_and_the_public_page_shows_it() {
        long id = given.referred(BENCHES);
        login(OFFICER, "OFFICER");
        UI.getCurrent().navigate("granskning/forslag/" + id);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Decision> decision = _get(RadioButtonGroup.class, spec -> spec.withLabel("Beslut"));
        _setValue(decision, Decision.BIFALL);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Motivering")), "Bänkarna ställs ut i vår.");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Sammanträdesdag")), LocalDate.of(2026, 3, 2));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Protokoll")), "NATUR 2026-03-02 § 12");
        _click(_get(Button.class, spec -> spec.withText("Registrera beslutet")));

        assertThat(caseStatus()).isEqualTo("Beslutat · HF-2026-0001");
        assertThat(lastAuditRow()).contains("Beslutat", OFFICER, "Bifall – förslaget godkändes");
        signOut();
        UI.getCurrent().navigate("forslag/" + given.reference(id));
        assertThat(_get(H2.class, spec -> spec.withText("Bifall – förslaget godkändes"))).isNotNull();
        assertThat(pageText()).contains("Bänkarna ställs ut i vår.",
                "Beslutet fattades på sammanträdet måndag 2 mars 2026. Protokoll: NATUR 2026-03-02 § 12.",
                "Nämnden fattade beslut").doesNotContain(OFFICER);
    }

    @Test
    void a_meeting_date_in_the_future_is_refused_at_the_field() {
        long id = given.referred(BENCHES);
        login(OFFICER, "OFFICER");
        UI.getCurrent().navigate("granskning/forslag/" + id);

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Sammanträdesdag")), LocalDate.of(2026, 3, 3));
        _click(_get(Button.class, spec -> spec.withText("Registrera beslutet")));

        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Sammanträdesdag")).getErrorMessage())
                .isEqualTo("Sammanträdesdagen kan inte ligga i framtiden.");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Motivering")).getErrorMessage())
                .isEqualTo("Skriv en motivering.");
        assertThat(given.status(id)).isEqualTo("REFERRED");
    }

    @Test
    void a_step_on_a_page_that_someone_else_has_changed_is_not_taken() {
        long id = given.inModeration(BENCHES);
        login(OFFICER, "OFFICER");
        UI.getCurrent().navigate("granskning/forslag/" + id);
        ProposalFixtures.as("kollega", () -> cases.reject(id, given.version(id), "OPINION", null, null), "OFFICER");

        _click(_get(Button.class, spec -> spec.withText("Publicera förslaget")));

        NotificationsKt.expectNotifications("Någon annan hann ändra förslaget. Sidan visar nu det senaste.");
        assertThat(caseStatus()).isEqualTo("Publicerades inte · HF-2026-0001");
        assertThat(given.status(id)).isEqualTo("NOT_PUBLISHED");
        assertThat(lastAuditRow()).contains("kollega");
    }

    @Test
    void a_committee_member_reads_the_case_but_cannot_publish() {
        long id = given.inModeration(BENCHES);
        login("ledamot", "COMMITTEE");

        UI.getCurrent().navigate("granskning/forslag/" + id);

        assertThat(_get(H1.class).getText()).isEqualTo(BENCHES);
        assertThat(_find(Button.class, spec -> spec.withText("Publicera förslaget"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Publicera inte"))).isEmpty();
        assertThat(auditRows()).isNotEmpty();
    }

    @Test
    void a_case_that_does_not_exist_is_not_found() {
        login(OFFICER, "OFFICER");

        UI.getCurrent().navigate("granskning/forslag/999");
        assertThat(_get(H1.class).getText()).isEqualTo("Sidan finns inte");
        UI.getCurrent().navigate("granskning/forslag/inte-ett-nummer");
        assertThat(_get(H1.class).getText()).isEqualTo("Sidan finns inte");
    }

    @Test
    void an_anonymous_visitor_opening_the_queue_is_asked_to_sign_in() {
        long id = given.inModeration(BENCHES);

        UI.getCurrent().navigate("granskning/forslag");
        assertThat(_get(H1.class).getText()).isEqualTo("Inloggning för personal");

        UI.getCurrent().navigate("granskning/forslag/" + id);
        assertThat(_get(H1.class).getText()).isEqualTo("Inloggning för personal");
        assertThat(pageText()).doesNotContain(BENCHES);
    }

    @Test
    void the_queue_lists_proposals_awaiting_moderation_oldest_first_and_marks_the_overdue() {
        given.inModeration(BENCHES);
        clock.setTo("2026-03-03T10:00:00");
        given.inModeration("Belysning på gångvägen i Skogås");
        login(OFFICER, "OFFICER");

        UI.getCurrent().navigate("granskning/forslag");
        assertThat(queue()).containsExactly("HF-2026-0001 " + BENCHES, "HF-2026-0002 Belysning på gångvägen i Skogås");
        assertThat(due(0).getText()).isEqualTo("måndag 16 mars 2026");

        clock.setTo("2026-03-17T08:00:00");
        UI.getCurrent().navigate("granskning");
        UI.getCurrent().navigate("granskning/forslag");
        assertThat(due(0).getText()).isEqualTo("måndag 16 mars 2026 – försenat");
        assertThat(due(0).getClassNames()).contains("attention");
        assertThat(due(1).getText()).as("due today: within the reminder window")
                .isEqualTo("tisdag 17 mars 2026 – snart försenat");
    }

    private static String caseStatus() {
        return _get(Paragraph.class, spec -> spec.withId("case-status")).getText();
    }

    @SuppressWarnings("unchecked")
    private static Select<ProposalRules.Ground> groundSelect() {
        return _get(Select.class, spec -> spec.withLabel("Skäl"));
    }

    @SuppressWarnings("unchecked")
    private static Select<ProposalRules.Named> committeeSelect() {
        return _get(Select.class, spec -> spec.withLabel("Nämnd"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> queue() {
        Grid<Proposal> grid = _get(Grid.class, spec -> spec.withId("moderation"));
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> ((Anchor) GridKt._getCellComponent(grid, i, "proposal")).getText()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Span due(int row) {
        return (Span) GridKt._getCellComponent(_get(Grid.class, spec -> spec.withId("moderation")), row, "due");
    }
}
