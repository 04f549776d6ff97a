package se.huddinge.delaktighet.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.nomination.PrizeFixtures;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.nomination.RoundForm;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalTestBase;

/** The draft agenda item lists what the committee should handle at the chosen meeting. */
class AgendaItemsTest extends ProposalTestBase {

    @Autowired
    AgendaItems agenda;
    @Autowired
    PrizeRounds rounds;

    @Test
    void the_draft_lists_proposals_to_refer_and_to_decide_the_prize_and_in_february_the_follow_up() {
        given.thresholdReached("Ny lekplats i Vårby");
        given.referred("Utegym i Stuvsta");
        var form = PrizeFixtures.round(2026);
        rounds.create(new RoundForm(null, 2026, LocalDate.of(2026, 1, 5), form.formDecision(), form.aboutSv(),
                form.aboutEn(), form.criteria(), 25_000, 2, LocalDate.of(2026, 1, 10),
                LocalDateTime.of(2026, 1, 10, 0, 0), LocalDateTime.of(2026, 2, 20, 23, 59, 59),
                LocalDate.of(2026, 3, 23), "Huddinge kommunhus", LocalDate.of(2026, 3, 10), false, 12, ""));

        String text = asMember(() -> agenda.draft(LocalDate.of(2026, 2, 24), Locale.of("sv")).text());

        assertThat(text).startsWith("Huddingeförslag och Demokratipriset – sammanträde tisdag 24 februari 2026\n");
        assertThat(text).contains("1. Huddingeförslag som nått 100 stöd och ska lämnas till nämnd (1 st)\n"
                + "   – HF-2026-0001 Ny lekplats i Vårby – nådde 100 stöd måndag 2 mars 2026, ska lämnas till nämnd "
                + "senast måndag 30 mars 2026\n");
        assertThat(text).contains("2. Huddingeförslag som lämnats till nämnd och väntar på beslut (1 st)\n"
                + "   – HF-2026-0002 Utegym i Stuvsta – Natur- och byggnadsnämnden (ansvarar för parker, gator och "
                + "bygglov), diarienummer NATUR-2026/17, lämnat måndag 2 mars 2026, beslut väntas senast tisdag "
                + "2 mars 2027\n");
        assertThat(text).contains("3. Demokratipriset 2026: beslut om pristagare\n");
        assertThat(text).contains("4. Uppföljning av Huddingeförslag 2025\n");

        String march = asMember(() -> agenda.draft(LocalDate.of(2026, 3, 10), Locale.of("sv")).text());
        assertThat(march).doesNotContain("Uppföljning av Huddingeförslag");
    }

    @Test
    void the_draft_as_pdf_carries_the_same_points() throws IOException {
        given.referred("Utegym i Stuvsta");
        var out = new ByteArrayOutputStream();
        asMember(() -> {
            agenda.pdf(LocalDate.of(2026, 3, 10), Locale.of("sv"), out);
            return null;
        });

        try (var pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Huddinge kommun").contains("sammanträde tisdag 10 mars 2026")
                    .contains("1. Huddingeförslag som lämnats till nämnd och väntar på beslut (1 st)")
                    .contains("HF-2026-0001 Utegym i Stuvsta");
        }
    }

    private static <T> T asMember(java.util.function.Supplier<T> step) {
        return ProposalFixtures.as("ledamot", step, "COMMITTEE");
    }
}
