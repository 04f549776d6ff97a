package se.huddinge.delaktighet.proposal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.huddinge.delaktighet.proposal.ProposalPages.assertCardTitleIsText;
import static se.huddinge.delaktighet.proposal.ProposalPages.assertShownAsText;
import static se.huddinge.delaktighet.proposal.ProposalPages.listedCards;
import static se.huddinge.delaktighet.proposal.ProposalPages.lastAuditRow;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.nomination.PrizeFixtures;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.nomination.RoundForm;
import se.huddinge.delaktighet.proposal.ui.SubmitForm;

/**
 * Whatever people type is either refused with the field's message (and nothing is saved) or stored exactly as
 * typed and shown as text, never as markup: through the services, and through the forms and pages.
 */
class HostileInputTest extends ProposalTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    se.huddinge.delaktighet.nomination.PrizeRounds prizeRounds;
    @org.springframework.beans.factory.annotation.Autowired
    se.huddinge.delaktighet.nomination.NominationService nominations;
    @org.springframework.beans.factory.annotation.Autowired
    se.huddinge.delaktighet.notification.PrintQueue printQueue;
    @org.springframework.beans.factory.annotation.Autowired
    se.huddinge.delaktighet.reporting.StaffNominations staffNominations;
    @org.springframework.beans.factory.annotation.Autowired
    PrizeRounds rounds;
    @org.springframework.beans.factory.annotation.Autowired
    List<se.huddinge.delaktighet.base.ui.PagePreview> previews;

    enum Payload {
        SCRIPT("<script>alert(1)</script>"),
        BOLD("<b>fet</b>"),
        SQL("'; DROP TABLE proposal; --"),
        EMOJI("😀👍🏽"),
        ARABIC("مرحبا بالعالم"),
        HEBREW("שלום"),
        TEN_THOUSAND("Huddinge ".repeat(1111) + "H"),
        NUL("a\u0000b"),
        BEL("a\u0007b");

        final String value;

        Payload(String value) {
            this.value = value;
        }
    }

    /** A field people type into: its label, its key in the service's answer, its column, and its two refusals. */
    enum Field {
        TITLE(false, SubmitForm.TITLE, "title", "title", "Rubriken får vara högst 100 tecken.",
                "Rubriken innehåller tecken som inte är tillåtna."),
        TEXT(false, SubmitForm.TEXT, "text", "body", "Texten får vara högst 2000 tecken.",
                "Texten innehåller tecken som inte är tillåtna."),
        NAME(false, SubmitForm.NAME, "name", "author_name", "Namnet får vara högst 200 tecken.",
                "Namnet innehåller tecken som inte är tillåtna."),
        EMAIL(false, SubmitForm.EMAIL, "email", "author_email", null, null),
        CASE_NUMBER(true, "Diarienummer", "caseNumber", "case_number", "Diarienumret får vara högst 60 tecken.",
                "Diarienumret innehåller tecken som inte är tillåtna."),
        MOTIVATION(true, "Motivering", "motivation", "decision_motivation", "Motiveringen får vara högst 4000 tecken.",
                "Motiveringen innehåller tecken som inte är tillåtna."),
        MINUTES(true, "Protokoll", "minutesRef", "minutes_ref", "Högst 500 tecken.",
                "Innehåller tecken som inte är tillåtna."),
        NOTE(true, "Personlig rad till förslagsställaren (frivilligt)", "note", "ground_note",
                "Raden får vara högst 1000 tecken.", "Raden innehåller tecken som inte är tillåtna.");

        final boolean staff;
        final String label;
        final String key;
        final String column;
        final String tooLong;
        final String control;

        Field(boolean staff, String label, String key, String column, String tooLong, String control) {
            this.staff = staff;
            this.label = label;
            this.key = key;
            this.column = column;
            this.tooLong = tooLong;
            this.control = control;
        }

        /** The message the person gets, or null when the text is stored as typed. */
        String refusal(Payload payload) {
            if (this == EMAIL) {
                return "Skriv en e-postadress i formen namn@exempel.se.";
            }
            return switch (payload) {
                case TEN_THOUSAND -> tooLong;
                case NUL, BEL -> control;
                default -> null;
            };
        }

        /** A good proposal with this resident's field set to the value. */
        ProposalForm form(String value) {
            var f = ProposalFixtures.form(BENCHES);
            return new ProposalForm(this == TITLE ? value : f.title(), this == TEXT ? value : f.text(), f.district(),
                    f.category(), this == NAME ? value : f.name(), this == EMAIL ? value : f.email(), true, true,
                    List.of());
        }
    }

    static final LocalDate MEETING = LocalDate.of(2026, 3, 2);

    static Stream<Arguments> residentCases() {
        return cases(false);
    }

    static Stream<Arguments> staffCases() {
        return cases(true);
    }

    private static Stream<Arguments> cases(boolean staff) {
        return Arrays.stream(Field.values()).filter(f -> f.staff == staff)
                .flatMap(f -> Arrays.stream(Payload.values()).map(p -> Arguments.of(f, p)));
    }

    @ParameterizedTest(name = "{0} ← {1}")
    @MethodSource("residentCases")
    void the_service_refuses_or_stores_exactly_what_a_resident_typed(Field field, Payload payload) {
        String refusal = field.refusal(payload);

        if (refusal != null) {
            assertThatThrownBy(() -> given.submit(field.form(payload.value))).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.problems()).containsOnlyKeys(field.key));
            assertThat(given.count("proposal")).isZero();
        } else {
            given.submit(field.form(payload.value));
            assertThat(stored(field.column)).isEqualTo(payload.value);
        }
    }

    @ParameterizedTest(name = "{0} ← {1}")
    @MethodSource("residentCases")
    void the_form_refuses_at_the_field_or_the_pages_show_it_as_text(Field field, Payload payload) {
        String refusal = field.refusal(payload);
        SubmitForm.open();
        SubmitForm.fillValid();
        switch (field) {
            case TITLE, NAME -> _setValue(SubmitForm.textField(field.label), payload.value);
            case TEXT -> _setValue(SubmitForm.textArea(field.label), payload.value);
            case EMAIL -> _setValue(SubmitForm.emailField(field.label), payload.value);
            default -> throw new IllegalArgumentException(field + " is not on the form");
        }
        SubmitForm.send();

        if (refusal != null) {
            HasValidation shown = SubmitForm.field(field.label);
            assertThat(shown.isInvalid()).isTrue();
            assertThat(shown.getErrorMessage()).isEqualTo(refusal);
            assertThat(given.count("proposal")).isZero();
            return;
        }
        assertThat(_get(H2.class, spec -> spec.withText("Kolla din e-post"))).isNotNull();
        assertThat(stored(field.column)).isEqualTo(payload.value);
        long id = jdbc.queryForObject("select id from proposal", Long.class);
        service.confirm(given.confirmToken(id));
        given.asOfficer(() -> cases.publish(id, given.version(id)));
        switch (field) {
            case TITLE -> {
                UI.getCurrent().navigate("forslag/" + given.reference(id));
                assertShownAsText(_get(H1.class), payload.value);
                UI.getCurrent().navigate("forslag");
                assertCardTitleIsText(listedCards().getFirst(), payload.value);
                assertCardTitleIsText(firstHtmlOfTheList().selectFirst("li.proposal-card"), payload.value);
            }
            case TEXT -> {
                UI.getCurrent().navigate("forslag/" + given.reference(id));
                var paragraphs = _find(_get(Div.class, spec -> spec.withClasses("proposal-text")), Paragraph.class);
                assertThat(paragraphs).hasSize(1);
                assertShownAsText(paragraphs.get(0), payload.value);
            }
            case NAME -> {
                login(OFFICER, "OFFICER");
                UI.getCurrent().navigate("granskning/forslag/" + id);
                assertShownAsText(_get(Paragraph.class, spec -> spec.withPredicate(p -> p.getText().startsWith("Inskickat av"))),
                        "Inskickat av " + payload.value + " (anna@example.se)");
            }
            default -> throw new AssertionError(field + " ← " + payload + " should have been refused");
        }
    }

    @ParameterizedTest(name = "{0} ← {1}")
    @MethodSource("staffCases")
    void the_service_refuses_or_stores_exactly_what_an_officer_typed(Field field, Payload payload) {
        long id = proposalReadyFor(field);
        String statusBefore = given.status(id);
        String refusal = field.refusal(payload);
        Runnable step = () -> given.asOfficer(() -> switch (field) {
            case CASE_NUMBER -> cases.refer(id, given.version(id), "NATUR", payload.value);
            case MOTIVATION -> cases.decide(id, given.version(id), Decision.AVSLAG, payload.value, MEETING, "§ 12");
            case MINUTES -> cases.decide(id, given.version(id), Decision.AVSLAG, "Motivering.", MEETING, payload.value);
            case NOTE -> cases.reject(id, given.version(id), "OPINION", payload.value, null);
            default -> throw new IllegalArgumentException(field + " is not a staff field");
        });

        if (refusal != null) {
            assertThatThrownBy(step::run).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.problems()).containsOnlyKeys(field.key));
            assertThat(given.status(id)).isEqualTo(statusBefore);
            assertThat(stored(field.column)).isNull();
        } else {
            step.run();
            assertThat(stored(field.column)).isEqualTo(payload.value);
        }
    }

    @ParameterizedTest(name = "{0} ← {1}")
    @MethodSource("staffCases")
    void the_case_page_refuses_at_the_field_or_the_pages_show_it_as_text(Field field, Payload payload) {
        long id = proposalReadyFor(field);
        String statusBefore = given.status(id);
        String refusal = field.refusal(payload);
        login(OFFICER, "OFFICER");
        UI.getCurrent().navigate("granskning/forslag/" + id);
        fillStaffForm(field, payload.value);

        if (refusal != null) {
            var shown = (HasValidation) _get(com.vaadin.flow.component.Component.class,
                    spec -> spec.withLabel(field.label).withPredicate(c -> c instanceof HasValidation));
            assertThat(shown.isInvalid()).isTrue();
            assertThat(shown.getErrorMessage()).isEqualTo(refusal);
            assertThat(given.status(id)).isEqualTo(statusBefore);
            assertThat(stored(field.column)).isNull();
            return;
        }
        assertThat(stored(field.column)).isEqualTo(payload.value);
        if (field == Field.CASE_NUMBER) {
            assertThat(lastAuditRow()).contains("NATUR " + payload.value);
        }
        UI.getCurrent().navigate("forslag/" + given.reference(id));
        switch (field) {
            case CASE_NUMBER -> assertShownAsText(paragraphStarting("Förslaget har lämnats till"),
                    "Förslaget har lämnats till " + rules.committee("NATUR").orElseThrow().sv()
                            + " (diarienummer " + payload.value + ").");
            case MOTIVATION -> assertShownAsText(paragraphStarting(payload.value), payload.value);
            case MINUTES -> assertShownAsText(paragraphStarting("Beslutet fattades"),
                    "Beslutet fattades på sammanträdet måndag 2 mars 2026. Protokoll: " + payload.value + ".");
            case NOTE -> assertThat(_get(H1.class).getText()).as("a proposal not published shows its status only")
                    .startsWith("Förslag HF-");
            default -> throw new IllegalArgumentException(field + " is not a staff field");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Payload.class)
    void searching_the_list_for_hostile_text_finds_nothing_and_breaks_nothing(Payload payload) {
        given.published(BENCHES);
        UI.getCurrent().navigate("forslag");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Sök bland förslagen")), payload.value);

        assertThat(listedCards()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("proposal-count")).getText()).isEqualTo("Antal förslag: 0");
        assertThat(given.count("proposal")).isOne();
    }

    /**
     * A prize round's Finnish words, typed by an administrator (DD43), are stored as typed and shown as text on the
     * Finnish prize page. (A round's texts have no length check of their own, in any language: ten thousand
     * characters are beyond the column, so that payload is left out here.)
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Payload.class, mode = EnumSource.Mode.EXCLUDE, names = "TEN_THOUSAND")
    void a_prize_rounds_finnish_words_are_stored_as_typed_and_shown_as_text(Payload payload) {
        clock.setTo("2026-07-01T09:00:00");
        var form = PrizeFixtures.round(2026);
        rounds.create(form.withTexts(form.aboutSv(), form.aboutEn(), payload.value).withCriteria(List.of(
                new RoundForm.Criterion(null, "Delaktighet", "Participation", "Ökar delaktigheten.",
                        "Increases participation.", payload.value, payload.value))));
        assertThat(jdbc.queryForObject("select about_fi from prize_round", String.class)).isEqualTo(payload.value);
        assertThat(jdbc.queryForObject("select title_fi from prize_criterion", String.class)).isEqualTo(payload.value);

        useLanguage(PortalI18n.FINNISH);
        UI.getCurrent().navigate("demokratipriset");
        var about = _find(Paragraph.class).stream().filter(p -> payload.value.equals(p.getText())).toList();
        assertThat(about).as("the about text and the criterion's description").hasSize(2);
        about.forEach(p -> assertShownAsText(p, payload.value));
        var title = _get(Span.class, spec -> spec.withClasses("criterion-title"));
        assertShownAsText(title, payload.value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "\\", "%bänk%"})
    void wildcards_in_the_search_are_taken_literally(String search) {
        given.published(BENCHES);
        UI.getCurrent().navigate("forslag");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Sök bland förslagen")), search);

        assertThat(listedCards()).isEmpty();
    }

    private long proposalReadyFor(Field field) {
        return switch (field) {
            case NOTE -> given.inModeration(BENCHES);
            case CASE_NUMBER -> given.thresholdReached(BENCHES);
            case MOTIVATION, MINUTES -> given.referred(BENCHES);
            default -> throw new IllegalArgumentException(field + " is not a staff field");
        };
    }

    @SuppressWarnings("unchecked")
    /**
     * A nomination an officer registers on a nominator's behalf (DD42): the nominator's name, the officer's note of how
     * they were identified and the postal address are stored as typed and stay text on the review page, in the letter,
     * in its PDF and in the staff's CSV (a formula neutralised); a control character is refused at its field.
     */
    @org.junit.jupiter.api.Test
    void an_assisted_nominations_typed_fields_stay_text_in_the_page_the_letter_the_pdf_and_the_csv() throws Exception {
        String name = "=SUM(1) <b>Eva</b> & \"Bo\" ${7*7}";
        String note = "=HYPERLINK(\"x\") <script>alert(1)</script>";
        String street = "</p><p style='x'>Gata 1 [[${7*7}]]";
        String town = "{link:x:0} <i>Ort</i>";
        var round = se.huddinge.delaktighet.proposal.ProposalFixtures.as("admin", () -> prizeRounds.create(
                se.huddinge.delaktighet.nomination.PrizeFixtures.round(2026)), "ADMIN");
        clock.setTo("2026-06-15T10:00:00");
        var form = se.huddinge.delaktighet.nomination.PrizeFixtures.nomination(round, "Föreningen Vårby", null);
        form = new se.huddinge.delaktighet.nomination.NominationForm(form.nomineeName(), form.kind(), form.tie(),
                form.motivations(), false, null, name, "", "", true);
        var finalForm = form;

        var bell = new se.huddinge.delaktighet.nomination.AssistedNominator(se.huddinge.delaktighet.base.Channel.PAPER,
                "a\u0007b", street, "14130", town, "sv");
        assertThatThrownBy(() -> ProposalFixtures.as(OFFICER, () -> nominations.registerOnBehalf(round.id(), finalForm,
                bell), "OFFICER")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).containsOnlyKeys("identifiedBy"));

        var who = new se.huddinge.delaktighet.nomination.AssistedNominator(se.huddinge.delaktighet.base.Channel.PAPER,
                note, street, "14130", town, "sv");
        ProposalFixtures.as(OFFICER, () -> nominations.registerOnBehalf(round.id(), finalForm, who), "OFFICER");
        assertThat(jdbc.queryForMap("select nominator_name, identified_by from nomination"))
                .containsEntry("nominator_name", name).containsEntry("identified_by", note);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from letter where template = 'prize-receipt'", Integer.class) == 1);
        assertThat(jdbc.queryForObject("select body_text from letter", String.class)).contains("Hej " + name + "!");

        login(OFFICER, "OFFICER");
        long id = jdbc.queryForObject("select id from nomination", Long.class);
        UI.getCurrent().navigate("granskning/pris/nominering/" + id);
        var shown = _find(Paragraph.class).stream().map(Paragraph::getText).toList();
        assertThat(shown).contains("Nominerad av: " + name + ", post: " + name + ", " + street + ", 141 30 " + town,
                "Hur den kom in: Papper · registrerad av " + OFFICER + ", identifierad: " + note);
        for (var p : _find(Paragraph.class)) {
            if (p.getText().contains(name) || p.getText().contains(note)) {
                assertShownAsText(p, p.getText());
            }
        }

        var waiting = ProposalFixtures.as(OFFICER, printQueue::waiting, "OFFICER");
        byte[] pdf = ProposalFixtures.as(OFFICER, () -> printQueue.pdf(List.of(waiting.getFirst().id())), "OFFICER");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                    .contains(name, street, "141 30 " + town.toUpperCase(java.util.Locale.of("sv")));
        }

        var csv = new java.io.ByteArrayOutputStream();
        ProposalFixtures.as(OFFICER, () -> {
            staffNominations.exportCsv(se.huddinge.delaktighet.reporting.NominationFilter.all(),
                    java.util.Locale.of("sv"), csv);
            return null;
        }, "OFFICER");
        assertThat(csv.toString(java.nio.charset.StandardCharsets.UTF_8))
                .as("the name's cell: quoted, its formula neutralised").contains("\"'" + name.replace("\"", "\"\"") + "\"")
                .contains("post: " + name.replace("\"", "\"\"") + ", " + street + ", 141 30 " + town);
    }

    private void fillStaffForm(Field field, String value) {
        switch (field) {
            case NOTE -> {
                _setValue(_get(Select.class, spec -> spec.withLabel("Skäl")), rules.ground("OPINION").orElseThrow());
                _setValue(_get(TextArea.class, spec -> spec.withLabel(field.label)), value);
                _click(_get(Button.class, spec -> spec.withText("Publicera inte")));
            }
            case CASE_NUMBER -> {
                _setValue(_get(Select.class, spec -> spec.withLabel("Nämnd")), rules.committee("NATUR").orElseThrow());
                _setValue(_get(TextField.class, spec -> spec.withLabel(field.label)), value);
                _click(_get(Button.class, spec -> spec.withText("Lämna till nämnden")));
            }
            case MOTIVATION, MINUTES -> {
                _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Beslut")), Decision.AVSLAG);
                _setValue(_get(TextArea.class, spec -> spec.withLabel("Motivering")),
                        field == Field.MOTIVATION ? value : "Frågan hanteras redan i budgeten.");
                _setValue(_get(DatePicker.class, spec -> spec.withLabel("Sammanträdesdag")), MEETING);
                _setValue(_get(TextField.class, spec -> spec.withLabel("Protokoll")),
                        field == Field.MINUTES ? value : "NATUR 2026-03-02 § 12");
                _click(_get(Button.class, spec -> spec.withText("Registrera beslutet")));
            }
            default -> throw new IllegalArgumentException(field + " is not a staff field");
        }
    }

    /** The list's first HTML (base/ui/FirstPaint writes it before the app starts; DD48), parsed as a browser does. */
    private org.jsoup.nodes.Document firstHtmlOfTheList() {
        var list = previews.stream().filter(p -> "forslag".equals(
                p.view().getAnnotation(com.vaadin.flow.router.Route.class).value())).findFirst().orElseThrow();
        String markup = list.preview(com.vaadin.flow.router.RouteParameters.empty(), PortalI18n.SWEDISH)
                .orElseThrow().content().markup();
        assertThat(markup).doesNotContain("<script>alert").doesNotContain("<b>fet");
        return org.jsoup.Jsoup.parseBodyFragment(markup);
    }

    private static Paragraph paragraphStarting(String start) {
        return _get(Paragraph.class, spec -> spec.withPredicate(p -> p.getElement().getTextRecursively().startsWith(start)));
    }

    private String stored(String column) {
        List<String> values = jdbc.queryForList("select " + column + " from proposal order by id desc limit 1", String.class);
        return values.isEmpty() ? null : values.get(0);
    }
}
