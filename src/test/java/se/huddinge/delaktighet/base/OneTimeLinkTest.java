package se.huddinge.delaktighet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The one rule of every e-mailed link, without Spring. */
class OneTimeLinkTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final OneTimeLink link = OneTimeLink.unsent(NOW.plus(Duration.ofHours(72)));

    @Test
    void an_unsent_link_has_no_token_anyone_holds_until_its_letter_mints_one() {
        assertThat(link.matches("")).isFalse();
        String token = link.mint();
        assertThat(token).hasSize(43);
        assertThat(link.matches(token)).isTrue();
        assertThat(link.problem(NOW)).isEmpty();
    }

    @Test
    void minting_again_keeps_the_token_before_working_and_retires_older_ones() {
        String first = link.mint();
        String second = link.mint();
        assertThat(link.matches(first)).isTrue();
        assertThat(link.matches(second)).isTrue();
        String third = link.mint();
        assertThat(link.matches(first)).isFalse();
        assertThat(link.matches(second)).isTrue();
        assertThat(link.matches(third)).isTrue();
        assertThat(link.matches("not-a-token")).isFalse();
    }

    @Test
    void a_link_works_once_and_until_it_expires() {
        assertThat(link.problem(NOW.plus(Duration.ofHours(72)))).as("its last moment").isEmpty();
        assertThat(link.problem(NOW.plus(Duration.ofHours(72)).plusNanos(1))).contains(OneTimeLink.Problem.EXPIRED);
        link.use(NOW);
        assertThat(link.problem(NOW)).contains(OneTimeLink.Problem.USED);
    }

    @Test
    void no_link_or_a_forgotten_one_is_unknown() {
        assertThat(OneTimeLink.problem(null, NOW)).contains(OneTimeLink.Problem.UNKNOWN);
        String token = link.mint();
        link.forget();
        assertThat(link.matches(token)).isFalse();
        assertThat(link.problem(NOW)).contains(OneTimeLink.Problem.UNKNOWN);
        assertThat(link.mint()).isNull();
    }

    @Test
    void an_end_only_shortens_the_life() {
        link.endBy(NOW.plus(Duration.ofDays(30)));
        assertThat(link.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofHours(72)));
        link.endBy(NOW.plus(Duration.ofHours(1)));
        assertThat(link.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void only_the_letters_own_markers_are_replaced_by_one_fresh_token_per_link_in_every_part() {
        var minted = new java.util.ArrayList<Long>();
        LinkMint mint = new LinkMint() {
            public String kind() {
                return "access";
            }

            public java.util.Optional<String> mint(long id) {
                minted.add(id);
                return id == 9 ? java.util.Optional.empty() : java.util.Optional.of("token" + id);
            }
        };
        var links = new LetterLinks(java.util.List.of(mint));
        String key = LetterLinks.newKey();
        var own = java.util.List.of(new LinkRef("access", 4), new LinkRef("access", 9));
        // what a person typed: the old form, a marker of another letter's key, a marker past the letter's own links
        String typed = "{link:access:5} {link:" + LetterLinks.newKey() + ":0} " + LetterLinks.marker(key, 2);
        String text = "a https://x/f/" + LetterLinks.marker(key, 0) + " b " + LetterLinks.marker(key, 1) + " " + typed;
        var filled = links.fill(key, own, text, "<a href=\"https://x/f/" + LetterLinks.marker(key, 0) + "\">");
        assertThat(filled.get(0)).startsWith("a https://x/f/token4 b ").endsWith(" " + typed);
        assertThat(filled.get(0).substring(0, filled.get(0).length() - typed.length())).doesNotContain("{link");
        assertThat(filled.get(1)).isEqualTo("<a href=\"https://x/f/token4\">");
        assertThat(minted).containsExactly(4L, 9L);
        // a letter without a key of its own (written before DD20) fills nothing
        assertThat(links.fill(null, own, "{link:access:4}")).containsExactly("{link:access:4}");
        assertThat(minted).containsExactly(4L, 9L);
    }
}
