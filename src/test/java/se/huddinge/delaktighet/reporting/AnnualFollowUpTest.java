package se.huddinge.delaktighet.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.base.Channel;
import se.huddinge.delaktighet.proposal.AssistedRegistrations;
import se.huddinge.delaktighet.proposal.AssistedResident;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalJobs;
import se.huddinge.delaktighet.proposal.ProposalTestBase;

/**
 * The annual follow-up of a seeded year, every figure worked out by hand (working days: Swedish holidays per
 * Jollyday, the start day not counted, the end day counted).
 */
class AnnualFollowUpTest extends ProposalTestBase {

    static final Locale SV = Locale.of("sv");

    @Autowired
    FollowUps followUps;
    @Autowired
    ProposalJobs jobs;
    FollowUpYear year;

    @BeforeEach
    void seed() {
        year = new FollowUpYear(given, service, cases, jobs, jdbc, clock);
        year.seed2026();
    }

    @Test
    void the_year_is_counted_from_the_steps_taken_in_it() {
        var f = asMember(() -> followUps.of(2026));

        var c = f.counts();
        assertThat(c.submitted()).as("B, C, D, E, F, G; A was confirmed in 2025").isEqualTo(6);
        assertThat(c.published()).as("A (over the new year), B, D").isEqualTo(3);
        assertThat(c.notPublished()).as("C, E").isEqualTo(2);
        assertThat(c.publishedShare()).isEqualTo(0.6);
        assertThat(c.thresholdReached()).as("B, D").isEqualTo(2);
        assertThat(c.referred()).as("B, D").isEqualTo(2);
        assertThat(c.decided()).as("D; B is decided in 2027").isEqualTo(1);
        assertThat(c.outcomes()).isEqualTo(Map.of(Decision.BIFALL, 1L, Decision.AVSLAG, 0L, Decision.BESVARAD, 0L));
        assertThat(c.withdrawn()).as("G").isEqualTo(1);
        assertThat(f.stillOpen()).as("B waits for its decision, F for moderation").isEqualTo(2);

        assertThat(f.previous().submitted()).as("P1, A").isEqualTo(2);
        assertThat(f.previous().published()).as("P1").isEqualTo(1);
        assertThat(f.previousStillOpen()).as("A, in moderation over the new year").isEqualTo(1);

        // moderation: A 22 Dec -> 2 Jan = 4 (23, 29, 30 Dec, 2 Jan), B 2, C 2, D 9 (2 -> 13 Feb), E 14 (late: due 23 Mar)
        var moderation = f.step(ServiceStep.MODERATION);
        assertThat(moderation.count()).isEqualTo(5);
        assertThat(moderation.median()).isEqualTo(4.0);
        assertThat(moderation.p90()).as("9 + 0.6 x (14 - 9)").isEqualTo(12.0);
        assertThat(moderation.onTime()).isEqualTo(4);
        // referral: B 2 Feb -> 16 Mar = 30 (late: due 2 Mar), D 2 Mar -> 20 Mar = 14
        var referral = f.step(ServiceStep.REFERRAL);
        assertThat(referral.median()).isEqualTo(22.0);
        assertThat(referral.p90()).isEqualTo(28.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(referral.onTime()).isEqualTo(1);
        // decision: D 20 Mar -> 10 Jun = 7 (March) + 20 (April less Easter) + 19 (May less 1 May, Ascension) + 8
        var decision = f.step(ServiceStep.DECISION);
        assertThat(decision.median()).isEqualTo(54.0);
        assertThat(decision.onTime()).isEqualTo(1);
        assertThat(StepTime.onTimeShare(f.steps())).as("6 of 8 steps").isEqualTo(0.75);

        assertThat(f.notPublishedByGround()).containsExactly(Map.entry("FAULT_REPORT", 1L), Map.entry("OPINION", 1L));
        assertThat(f.byDistrict().keySet()).containsExactly("Flemingsberg", "Skogås", "Vårby");
        assertThat(f.byDistrict().get("Flemingsberg")).containsExactly(2, 1, 1, 0, 0);
        assertThat(f.byDistrict().get("Skogås")).containsExactly(2, 1, 1, 1, 0);
        assertThat(f.byDistrict().get("Vårby")).containsExactly(2, 1, 0, 1, 1);
        assertThat(f.byCommittee().get("KULTUR")).containsExactly(1, 1, 1, 0, 0);
        assertThat(f.byCommittee().get("NATUR")).containsExactly(1, 0, 0, 0, 0);
    }

    @Test
    void the_summary_reads_as_the_committee_report_does() {
        String html = asMember(() -> followUps.html(2026, SV)).replace('\u00A0', ' ');

        assertThat(html).contains("Under 2026 kom det in 6 Huddingeförslag, jämfört med 2 året innan. "
                + "3 förslag publicerades och 2 publicerades inte. Det vanligaste skälet att inte publicera var "
                + "felanmälan. 2 förslag nådde 100 stöd och 2 lämnades till en nämnd. Nämnderna fattade beslut om "
                + "ett förslag: 1 bifall, 0 avslag och 0 besvarade. Granskningen tog i median 4 arbetsdagar och 75 % "
                + "av breven skickades i tid. Vid årets slut väntade 2 förslag på nästa steg.");
    }

    @Test
    void the_pdf_carries_the_header_the_summary_and_the_tables() throws IOException {
        var out = new ByteArrayOutputStream();
        asMember(() -> {
            followUps.pdf(2026, SV, out);
            return null;
        });

        try (var pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replace('\u00A0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains("Huddinge kommun").contains("Uppföljning av Huddingeförslag 2026")
                    .contains("Under 2026 kom det in 6 Huddingeförslag")
                    .contains("Inkomna förslag 6 2")
                    .contains("Granskning (till publicering eller inte) 5 4 12 80 %")
                    .contains("Från 100 stöd till nämnd 2 22 28,4 50 %")
                    .contains("Felanmälan 1");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("a tagged PDF").isNotNull();
        }
    }

    @Test
    void the_csv_has_a_row_per_figure_and_a_past_year_does_not_change_when_later_steps_are_taken() {
        String before = csv(2026);

        assertThat(before).startsWith("\uFEFF");
        assertThat(before.replace('\u00A0', ' ')).contains("Antal 2026;Inkomna förslag;6;2\r\n")
                .contains("Antal 2026;Öppna vid årets slut;2;1\r\n")
                .contains("Antal 2026;Andel brev som skickades i tid;75 %;100 %\r\n")
                .contains("Handläggningstider 2026 (arbetsdagar);Från nämnd till beslut;1;54;54;100 %;–\r\n")
                .contains("Per kommundel 2026;Vårby;2;1;0;1;1\r\n")
                .contains("Per nämnd 2026;Kultur- och fritidsnämnden (ansvarar för bibliotek, idrott och fritid);1;1;1;0;0");

        year.decideBIn2027();

        assertThat(csv(2026)).isEqualTo(before);
        var next = asMember(() -> followUps.of(2027));
        assertThat(next.counts().outcomes().get(Decision.AVSLAG)).as("B, decided in 2027").isEqualTo(1);
        assertThat(next.previous().submitted()).isEqualTo(6);
    }

    @Test
    void proposals_and_supports_are_counted_by_channel_and_language_with_no_one_named() {
        // 31 Dec 2026: a paper proposal in Finnish, published, and a phone support of it in English
        var registrations = context.getBean(AssistedRegistrations.class);
        String h = ProposalFixtures.as(ProposalFixtures.OFFICER, () -> registrations.registerProposal(
                new AssistedResident(Channel.PAPER, "Körkort", true, "Aino Mäkinen", "Kyrkvägen 3", "14130",
                        "Huddinge", "fi"), "H Penkkejä puistoon", "Lisää penkkejä puistoon, kiitos.", "Vårby",
                "parker"), "OFFICER");
        long id = jdbc.queryForObject("select id from proposal where reference = ?", Long.class, h);
        given.asOfficer(() -> cases.publish(id, given.version(id)));
        ProposalFixtures.as(ProposalFixtures.OFFICER, () -> {
            registrations.registerSupport(new AssistedResident(Channel.PHONE, "Känd", true, "Bo Ek", "Storgatan 1",
                    "14185", "Huddinge", "en"), h, false);
            return null;
        }, "OFFICER");

        String csv = csv(2026).replace('\u00A0', ' ');
        assertThat(csv).contains("Förslag och stöd per kanal och språk 2026;Via webben;6;2;2;0\r\n")
                .contains("Förslag och stöd per kanal och språk 2026;På papper;1;0;0;0\r\n")
                .contains("Förslag och stöd per kanal och språk 2026;Per telefon;0;1;0;0\r\n")
                .contains("Förslag och stöd per kanal och språk 2026;Via servicecenter;0;0;0;0\r\n")
                .contains("Förslag och stöd per kanal och språk 2026;På svenska;6;2;2;0\r\n")
                .contains("Förslag och stöd per kanal och språk 2026;På engelska;0;1;0;0\r\n")
                .contains("Förslag och stöd per kanal och språk 2026;På finska;1;0;0;0\r\n")
                .doesNotContain("Aino", "Mäkinen", "Kyrkvägen", "Bo Ek", "Storgatan");
    }

    private String csv(int y) {
        var out = new ByteArrayOutputStream();
        asMember(() -> {
            followUps.csv(y, SV, out);
            return null;
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    private static <T> T asMember(java.util.function.Supplier<T> step) {
        return ProposalFixtures.as("ledamot", step, "COMMITTEE");
    }
}
