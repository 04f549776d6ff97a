package se.huddinge.delaktighet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LIX and Flesch on texts whose figures are counted by hand in each test's comment. */
class ReadabilityTest {

    @Test
    void short_words_in_short_sentences_read_easily() {
        // 6 words, 2 sentences, no long word: 6/2 + 0 = 3
        var s = Readability.of("Jag är här. Du är där.");
        assertThat(s.words()).isEqualTo(6);
        assertThat(s.sentences()).isEqualTo(2);
        assertThat(s.lix()).isCloseTo(3.0, within(0.001));
    }

    @Test
    void long_words_weigh_as_much_as_long_sentences() {
        // 5 words, 2 sentences, 4 long (all but "igår"): 5/2 + 100 * 4/5 = 82.5
        var s = Readability.of("Kommunfullmäktige beslutade igår. Medborgarna protesterade.");
        assertThat(s.longWords()).isEqualTo(4);
        assertThat(s.lix()).isCloseTo(82.5, within(0.001));
        assertThat(s.roundedLix()).isEqualTo(83);
        assertThat(s.needsHint()).isTrue();
    }

    @Test
    void a_word_is_long_from_seven_letters_and_swedish_letters_count() {
        // "kanske" has six letters, "fönster" seven: 2 words, 1 sentence, 1 long = 2 + 50 = 52
        assertThat(Readability.of("Kanske fönster.").lix()).isCloseTo(52.0, within(0.001));
        // "Ärendet" has seven letters with Ä: 3 words, 1 sentence, 1 long = 3 + 33.33
        assertThat(Readability.of("Ärendet är nära.").lix()).isCloseTo(3 + 100.0 / 3, within(0.001));
    }

    @Test
    void numbers_are_words_but_never_long() {
        // Vi, fick, 1000000, kronor, 2026 (five words, "kronor" has six letters), HF-2026-0042 is one word of two
        // letters: 6 words, 1 sentence, 0 long = 6
        var s = Readability.of("Vi fick 1000000 kronor 2026 HF-2026-0042.");
        assertThat(s.words()).isEqualTo(6);
        assertThat(s.longWords()).isZero();
        assertThat(s.lix()).isCloseTo(6.0, within(0.001));
    }

    @Test
    void links_and_addresses_are_left_out() {
        // "Läs mer här:" (3 words, the colon ends it) and "Mejla eller gå till" (4 words): 7/2 + 0 = 3.5
        var s = Readability.of("Läs mer här: https://delaktighet.example/forslag/HF-2026-0042. "
                + "Mejla kontaktcenter@huddinge.se eller gå till huddinge.se/felanmalan.");
        assertThat(s.words()).isEqualTo(7);
        assertThat(s.sentences()).isEqualTo(2);
        assertThat(s.lix()).isCloseTo(3.5, within(0.001));
        assertThat(s.longestWords(5)).isEmpty();
    }

    @Test
    void a_paragraph_ends_a_sentence_a_single_line_break_does_not() {
        // "Hej Anna" and "Vi har fått ditt förslag": 7 words, 2 sentences, 1 long (förslag) = 3.5 + 14.29
        assertThat(Readability.of("Hej Anna\n\nVi har fått ditt förslag").lix())
                .isCloseTo(3.5 + 100.0 / 7, within(0.001));
        // one sentence of 5 words, 2 long (hälsning, Huddinge) = 5 + 40
        var signature = Readability.of("Med vänlig hälsning\nHuddinge kommun");
        assertThat(signature.sentences()).isEqualTo(1);
        assertThat(signature.lix()).isCloseTo(45.0, within(0.001));
    }

    @Test
    void abbreviations_and_clock_times_do_not_end_sentences() {
        // "Vi ses kl 9 i morgon" (6), "Ta med t.ex en bok" (5): 11/2 = 5.5
        var s = Readability.of("Vi ses kl. 9 i morgon. Ta med t.ex. en bok.");
        assertThat(s.sentences()).isEqualTo(2);
        assertThat(s.lix()).isCloseTo(5.5, within(0.001));
        // "Mötet börjar 09:00" (3), "Ta med detta" (3), "en penna" (2): 8/3
        assertThat(Readability.of("Mötet börjar 09:00. Ta med detta: en penna.").lix())
                .isCloseTo(8.0 / 3, within(0.001));
    }

    @Test
    void a_text_without_words_has_no_figure() {
        var s = Readability.of("https://delaktighet.example/ \n\n  ");
        assertThat(s.words()).isZero();
        assertThat(s.lix()).isZero();
        assertThat(s.longestSentences(3)).isEmpty();
    }

    @Test
    void the_longest_sentences_and_words_come_first() {
        var s = Readability.of("Hej du. Nu har vi läst ditt förslag. Tack så mycket. Vi hör av oss. "
                + "Förslaget om parkbänkar är bra. Parkbänkar behövs.");
        assertThat(s.longestSentences(3)).extracting(Readability.Sentence::text)
                .containsExactly("Nu har vi läst ditt förslag.", "Förslaget om parkbänkar är bra.", "Vi hör av oss.");
        assertThat(s.longestWords(3)).as("each word once, longest first, the first spelling kept")
                .containsExactly("parkbänkar", "Förslaget", "förslag");
    }

    @Test
    void words_keep_their_place_in_the_text() {
        assertThat(Readability.words("Hej, Anna! Läs https://x.se/a här."))
                .extracting(Readability.Word::text, Readability.Word::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Hej", 0), org.assertj.core.groups.Tuple.tuple("Anna", 5),
                        org.assertj.core.groups.Tuple.tuple("Läs", 11), org.assertj.core.groups.Tuple.tuple("här", 30));
    }

    @Test
    void flesch_reading_ease_of_the_cat_on_the_mat() {
        // the textbook example: 6 words, 1 sentence, 6 syllables: 206.835 - 1.015 * 6 - 84.6 * 1 = 116.145
        assertThat(Readability.of("The cat sat on the mat.").fleschReadingEase()).isCloseTo(116.145, within(0.001));
    }

    @Test
    void flesch_reading_ease_of_the_platypus() {
        // the second example of the npm package "flesch": 12 words, 1 sentence, 23 syllables = 32.505
        var s = Readability.of("The Australian platypus is seemingly a hybrid of mammal and reptilian creature.");
        assertThat(s.words()).isEqualTo(12);
        assertThat(s.fleschReadingEase()).isCloseTo(32.505, within(0.001));
    }

    @ParameterizedTest
    @CsvSource({"cat, 1", "table, 2", "make, 1", "beautiful, 3", "proposal, 3", "committee, 3", "decision, 3",
            "municipality, 6", "2026, 1"})
    void syllables_are_guessed_from_the_spelling(String word, int syllables) {
        assertThat(Readability.syllables(word)).isEqualTo(syllables);
    }

    @ParameterizedTest
    @CsvSource({"24, VERY_EASY", "25, EASY", "30, MEDIUM", "40, MEDIUM", "41, HARD", "50, HARD", "51, VERY_HARD"})
    void a_figure_falls_in_its_band(int lix, Readability.Level level) {
        assertThat(Readability.Level.of(lix)).isEqualTo(level);
    }
}
