package se.huddinge.delaktighet.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.nomination.internal.Nomination;

/** A nomination keeps the portal's one link rule and is saved without bidirectional controls, without Spring. */
class NominationLinkTest {

    private static final Instant NOW = Instant.parse("2027-08-10T10:00:00Z");

    @Test
    void a_nomination_is_saved_without_bidi_controls_and_its_link_opens_only_with_a_minted_token() {
        var form = new NominationForm("Föreningen \u202EVårby\u202C Röster", NomineeKind.ASSOCIATION,
                "Verksam i Vårby\u2066 sedan 2010.", Map.of(1L, "Har ordnat\u200F dialoger."), true, null,
                "Nina\u061C Nominerare", "nina@example.se", "", true);
        var n = new Nomination(7, form, "nina@example.se", "sv", NOW, NOW.plus(Duration.ofHours(72)));

        assertThat(n.getNomineeName()).isEqualTo("Föreningen Vårby Röster");
        assertThat(n.getNomineeTie()).isEqualTo("Verksam i Vårby sedan 2010.");
        assertThat(n.motivation(1L)).isEqualTo("Har ordnat dialoger.");
        assertThat(n.getNominatorName()).isEqualTo("Nina Nominerare");

        assertThat(n.linkMatches("")).isFalse();
        String token = n.mintLink();
        assertThat(n.linkMatches(token)).isTrue();
        n.anonymise(NOW);
        assertThat(n.linkMatches(token)).isFalse();
    }
}
