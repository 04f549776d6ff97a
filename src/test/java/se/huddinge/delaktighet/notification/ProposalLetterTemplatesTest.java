package se.huddinge.delaktighet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/**
 * Every proposal letter renders in each of the three languages without a context: nothing left unfilled, the reference in the
 * subject, the way to get help at the end, links on lines of their own (so the HTML version makes them links).
 */
class ProposalLetterTemplatesTest {

    private final LetterRenderer renderer = renderer();

    /** The renderer with Huddinge's contacts, outside Spring. */
    static LetterRenderer renderer() {
        return new LetterRenderer(settings(), name -> java.util.Optional.empty());
    }

    static PortalSettings settings() {
        return new PortalSettings(URI.create("https://delaktighet.example/"),
                ZoneId.of("Europe/Stockholm"), "Huddinge kommun",
                new PortalSettings.Contact("08-535 300 00", "kontaktcenter@huddinge.se", "a@huddinge.se", "d@huddinge.se"),
                new PortalSettings.Mail("no-reply@huddinge.se", "Huddinge kommun"));
    }

    @ParameterizedTest
    @EnumSource(ProposalLetter.class)
    void renders_in_swedish_english_and_finnish_with_every_value_filled_in(ProposalLetter letter) {
        for (Locale locale : new Locale[] {PortalI18n.SWEDISH, PortalI18n.ENGLISH, PortalI18n.FINNISH}) {
            var rendered = renderer.render(letter.template(), locale, model("BIFALL"));
            String all = rendered.subject() + "\n" + rendered.text();

            assertThat(all).as(letter + " " + locale).doesNotContain("[(", "${", "[#", "[/]")
                    .doesNotContainPattern("\\bnull\\b") // a word: Finnish "sinulla" has the letters
                    .doesNotContain("\n\n\n");
            if (letter != ProposalLetter.OFFICER_REMINDER && letter != ProposalLetter.IMPLEMENTATION_REMINDER) {
                assertThat(all).as("a resident's letter names where to get help")
                        .contains("08-535 300 00", "kontaktcenter@huddinge.se", "Huddinge kommun");
            }
            if (letter != ProposalLetter.CONFIRM_EMAIL) {
                assertThat(rendered.subject()).contains("HF-2026-0042");
            }
            assertThat(rendered.text()).as("links stand alone on their line")
                    .doesNotContainPattern("https://\\S+[.,)”\"]\\s");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"proposal-decided", "supporter-decided"})
    void a_decision_is_told_in_plain_words(String template) {
        assertThat(text(template, PortalI18n.SWEDISH, "BIFALL")).contains("har sagt ja till förslaget ”Fler bänkar”")
                .contains("Kommunen ska nu göra det som står i förslaget.").doesNotContain("sagt nej");
        assertThat(text(template, PortalI18n.SWEDISH, "AVSLAG")).contains("har sagt nej").doesNotContain("sagt ja");
        assertThat(text(template, PortalI18n.SWEDISH, "BESVARAD")).contains("säger varken ja eller nej");
        assertThat(text(template, PortalI18n.ENGLISH, "BIFALL")).contains("has said yes to the proposal");
        assertThat(text(template, PortalI18n.ENGLISH, "AVSLAG")).contains("has said no to the proposal");
        assertThat(text(template, PortalI18n.ENGLISH, "BESVARAD")).contains("says neither yes nor no");
        assertThat(text(template, PortalI18n.FINNISH, "BIFALL")).contains("on sanonut kyllä aloitteelle ”Fler bänkar”")
                .contains("Sitä kutsutaan hyväksymiseksi.").doesNotContain("sanonut ei");
        assertThat(text(template, PortalI18n.FINNISH, "AVSLAG")).contains("on sanonut ei").doesNotContain("kyllä");
        assertThat(text(template, PortalI18n.FINNISH, "BESVARAD")).contains("ei sano kyllä eikä ei");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en", "fi"})
    void a_rejection_without_note_or_earlier_proposal_leaves_no_gap(String language) {
        var model = model("BIFALL");
        model.remove("groundNote");
        model.remove("earlierReference");
        model.remove("earlierLink");
        String text = renderer.render("proposal-not-published", Locale.of(language), model).text();
        assertThat(text).doesNotContain("\n\n\n", "HF-2025-0007", "Handläggaren", "officer writes",
                "Käsittelijä");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en", "fi"})
    void a_take_up_with_a_note_and_no_case_number_leaves_no_gap(String language) {
        for (String template : new String[]{"proposal-taken-up", "supporter-taken-up"}) {
            var model = model("BIFALL");
            model.remove("takenUpCase");
            String text = renderer.render(template, Locale.of(language), model).text();
            assertThat(text).as(template).doesNotContain("\n\n\n", "KS 2026/123", "Diarienummer", "Case number",
                    "Diaarinumero")
                    .contains("Karin Berg har lämnat en motion.");
        }
    }

    private String text(String template, Locale locale, String decision) {
        return renderer.render(template, locale, model(decision)).text();
    }

    /** Every value a proposal letter may use, about benches in a park, with the committee's {@code decision}. */
    static Map<String, Object> model(String decision) {
        var m = new HashMap<String, Object>();
        m.put("authorName", "Anna Andersson");
        m.put("title", "Fler bänkar");
        m.put("reference", "HF-2026-0042");
        m.put("statusLink", "https://delaktighet.example/forslag/HF-2026-0042");
        m.put("confirmLink", "https://delaktighet.example/forslag/bekrafta/abc");
        m.put("manageLink", "https://delaktighet.example/forslag/hantera/def");
        m.put("linkHours", 72L);
        m.put("threshold", 100);
        m.put("supportCount", 37);
        m.put("moderationDue", "onsdag 15 april 2026");
        m.put("supportEndsAt", "söndag 31 maj 2026 kl. 09:00");
        m.put("referralDue", "tisdag 21 april 2026");
        m.put("committee", "Natur- och byggnadsnämnden (ansvarar för parker, gator och bygglov)");
        m.put("caseNumber", "NBN 2026/123");
        m.put("decisionDue", "torsdag 25 mars 2027");
        m.put("decision", decision);
        m.put("motivation", "Bänkarna ryms i budgeten.");
        m.put("meetingDate", "tisdag 8 september 2026");
        m.put("minutesRef", "NBN 2026-09-08 § 14");
        m.put("step", "MODERATION");
        m.put("due", "måndag 16 mars 2026");
        m.put("previousDue", "måndag 16 mars 2026");
        m.put("newDue", "tisdag 24 mars 2026");
        m.put("caseLink", "https://delaktighet.example/granskning/forslag/42");
        m.put("groundName", "Liknar ett förslag från det senaste året");
        m.put("groundExplanation", "Ett förslag med samma innehåll har behandlats.");
        m.put("groundTurnTo", "Du kan stödja det tidigare förslaget i stället.");
        m.put("groundNote", "Se det tidigare förslaget.");
        m.put("earlierReference", "HF-2025-0007");
        m.put("earlierLink", "https://delaktighet.example/forslag/HF-2025-0007");
        m.put("takenUpBy", "Karin Berg (S)");
        m.put("takenUpBody", "kommunfullmäktige");
        m.put("takenUpOn", "tisdag 9 juni 2026");
        m.put("takenUpCase", "KS 2026/123");
        m.put("takenUpNote", "Karin Berg har lämnat en motion.");
        m.put("implementationStatus", "arbetet pågår");
        m.put("implementationUnit", "Parkenheten");
        m.put("implementationOpen", true);
        m.put("plannedDate", "fredag 30 oktober 2026");
        m.put("implementationNote", "Bänkarna är beställda.");
        m.put("stopLink", "https://delaktighet.example/folj/sluta/ghi");
        return m;
    }
}
