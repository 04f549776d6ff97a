package se.huddinge.delaktighet.nomination;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.MutableClock;

/** The prize page tells where the round stands, by the clock: before, during and after the nomination period. */
class PrizeViewTest extends KaribuTest {

    @Autowired
    PrizeRounds rounds;

    private static java.time.Instant at(String stockholm) {
        return LocalDateTime.parse(stockholm).atZone(MutableClock.STOCKHOLM).toInstant();
    }

    private String status() {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("demokratipriset");
        return _get(Paragraph.class, spec -> spec.withId("prize-status")).getText();
    }

    @Test
    void the_round_is_announced_then_open_with_days_left_then_closed_at_the_deadline_in_stockholm() {
        rounds.create(PrizeFixtures.round(2026));

        clock.setTo("2026-05-31T12:00:00");
        assertThat(status()).isEqualTo("Nomineringen öppnar måndag 1 juni 2026 kl. 00:00.");

        clock.setTo("2026-08-10T23:59:59");
        assertThat(status()).isEqualTo("Nomineringen är öppen till torsdag 20 augusti 2026 kl. 23:59. Det är 10 dagar kvar.");

        clock.setTo("2026-08-20T23:59:59");
        assertThat(status()).isEqualTo("Nomineringen stänger i dag, torsdag 20 augusti 2026 kl. 23:59. "
                + "Det är 0 timmar och 0 minuter kvar.");
        clock.setTo("2026-08-20T09:30:00");
        assertThat(status()).endsWith("Det är 14 timmar och 29 minuter kvar.");
        clock.setTo("2026-08-21T00:00:00");
        assertThat(status()).isEqualTo("Nomineringen stängde torsdag 20 augusti 2026 kl. 23:59. "
                + "Beredningen går nu igenom nomineringarna. Vinnarna presenteras senast fredag 23 oktober 2026.");
        // Swedish groups thousands with a no-break space
        assertThat(_find(Paragraph.class).stream().map(p -> p.getText().replace('\u00a0', ' ')))
                .contains("Prissumman är 25 000 kronor och delas mellan högst 2 vinnare.");
    }
}
