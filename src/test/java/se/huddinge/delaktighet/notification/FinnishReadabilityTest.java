package se.huddinge.delaktighet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A Finnish text is measured by sentence length and by words of more than nine letters, links left out (DD39). */
class FinnishReadabilityTest {

    @Test
    void words_and_sentences_are_counted_as_for_lix_and_a_word_is_long_at_ten_letters() {
        String text = """
                Olemme vastaanottaneet aloitteesi. Nyt tarkastamme sen.
                Saat tiedon viimeistään keskiviikkona. Lue lisää: https://delaktighet.example/forslag/HF-2026-0042
                """;
        var score = FinnishReadability.of(text);

        assertThat(score.sentences()).isEqualTo(4);
        assertThat(score.words()).isEqualTo(12);
        assertThat(score.roundedWordsPerSentence()).isEqualTo(3.0);
        // vastaanottaneet (15), aloitteesi (10), tarkastamme (11), viimeistään (11), keskiviikkona (13)
        assertThat(score.longWords()).isEqualTo(5);
        assertThat(score.longWordPercent()).isEqualTo(42);
        assertThat(score.longestWords(2)).containsExactly("vastaanottaneet", "keskiviikkona");
        assertThat(score.needsHint()).as("42 %% long words is past the hint").isTrue();
    }

    @Test
    void a_plain_finnish_letter_needs_no_hint_though_lix_would_call_it_hard() {
        var letter = ProposalLetterTemplatesTest.renderer().render("proposal-receipt",
                se.huddinge.delaktighet.base.i18n.PortalI18n.FINNISH,
                SampleLetters.inFinnish(SampleLetters.proposal("BIFALL")));

        assertThat(FinnishReadability.of(letter).needsHint()).isFalse();
        assertThat(Readability.of(letter).roundedLix()).isGreaterThan(Readability.HINT_ABOVE);
    }

    @Test
    void the_thresholds_are_words_per_sentence_above_twelve_or_more_than_thirty_per_cent_long_words() {
        // eleven short words in one sentence: neither threshold
        assertThat(FinnishReadability.of("Me annamme sen nyt heti sinne, missä se on oikein hyvä.").needsHint())
                .isFalse();
        // thirteen short words in one sentence: too long
        assertThat(FinnishReadability.of("Me annamme sen nyt heti sinne, missä se on oikein hyvä ja kaunis.")
                .needsHint()).isTrue();
        // ten words, three long (30 %): at the limit, no hint; a fourth long word is past it
        String atLimit = "Lautakunta käsittelee aloitteen. Saat kirjeen kotiin. Postitamme päätöksen sinulle pian.";
        assertThat(FinnishReadability.of(atLimit).longWordPercent()).isEqualTo(30);
        assertThat(FinnishReadability.of(atLimit).needsHint()).isFalse();
        assertThat(FinnishReadability.of(atLimit.replace("sinulle", "kirjeenkantaja")).needsHint()).isTrue();
    }

    @Test
    void a_word_is_long_at_ten_letters_digits_and_joining_marks_not_counted() {
        assertThat(FinnishReadability.of("Aloitteesi aloitteet HF-2026-0042 e-postiosoite.").longWords())
                .as("aloitteesi (10) and e-postiosoite (12 letters) are long, aloitteet (9) and the number are not")
                .isEqualTo(2);
    }
}
