package se.huddinge.delaktighet.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** A date reads with its weekday in each language; Finnish as a sentence uses it: "perjantaina 12. kesäkuuta 2026". */
class DatesTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 6, 12);
    private static final ZonedDateTime EVENING = FRIDAY.atTime(23, 59).atZone(ZoneId.of("Europe/Stockholm"));

    @Test
    void swedish_english_and_finnish_dates() {
        assertThat(Dates.longDate(FRIDAY, PortalI18n.SWEDISH)).isEqualTo("fredag 12 juni 2026");
        assertThat(Dates.longDate(FRIDAY, PortalI18n.ENGLISH)).isEqualTo("Friday 12 June 2026");
        assertThat(Dates.longDate(FRIDAY, PortalI18n.FINNISH)).isEqualTo("perjantaina 12. kesäkuuta 2026");
    }

    @Test
    void swedish_english_and_finnish_times() {
        assertThat(Dates.dateTime(EVENING, PortalI18n.SWEDISH)).isEqualTo("fredag 12 juni 2026 kl. 23:59");
        assertThat(Dates.dateTime(EVENING, PortalI18n.ENGLISH)).isEqualTo("Friday 12 June 2026 at 23:59");
        assertThat(Dates.dateTime(EVENING, PortalI18n.FINNISH)).isEqualTo("perjantaina 12. kesäkuuta 2026 klo 23.59");
    }

    @Test
    void another_language_gets_swedish() {
        assertThat(Dates.longDate(FRIDAY, java.util.Locale.GERMAN)).isEqualTo("fredag 12 juni 2026");
    }
}
