package se.huddinge.delaktighet.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Residents' words that no mail program turns into a link, and no bidirectional controls. */
class PlainTextTest {

    @Test
    void bidirectional_controls_are_removed() {
        assertThat(PlainText.withoutBidiControls("a\u202Eb\u2066c\u2069d\u200Ee\u200Ff\u061Cg\u202Ah"))
                .isEqualTo("abcdefgh");
        assertThat(PlainText.withoutBidiControls("Åsa Öberg – ”Fler bänkar”")).isEqualTo("Åsa Öberg – ”Fler bänkar”");
    }

    @Test
    void link_like_words_are_spaced_so_they_are_no_links_but_still_read() {
        assertThat(PlainText.inert("Visit http://evil.example now\u202Etxt"))
                .isEqualTo("Visit http : // evil . example nowtxt");
        assertThat(PlainText.inert("se www.evil.se/x och bit.ly/abc, skriv till a@evil.se"))
                .isEqualTo("se www . evil . se/x och bit . ly/abc, skriv till a @ evil . se");
        assertThat(PlainText.inert("HTTPS://EVIL.EXAMPLE")).isEqualTo("HTTPS : // EVIL . EXAMPLE");
    }

    @Test
    void ordinary_titles_are_left_alone() {
        assertThat(PlainText.inert("Fler bänkar vid sjön, 3.5 km från stationen!"))
                .isEqualTo("Fler bänkar vid sjön, 3.5 km från stationen!");
    }
}
