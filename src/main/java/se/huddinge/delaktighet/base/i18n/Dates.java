package se.huddinge.delaktighet.base.i18n;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people read them: the weekday written out, "fredag 12 juni 2026" (klarspråk). Finnish writes the day with a
 * full stop and the weekday in the form a sentence uses, "perjantaina 12. kesäkuuta 2026" ("on Friday 12 June"), so
 * a date reads right after "viimeistään" (at the latest) or as when something happens; the time is "klo 23.59".
 */
public final class Dates {

    private Dates() {
    }

    public static String longDate(LocalDate date, Locale locale) {
        Locale l = PortalI18n.supported(locale);
        return DateTimeFormatter.ofPattern(PortalI18n.FINNISH.equals(l) ? "EEEE d. MMMM yyyy" : "EEEE d MMMM yyyy", l)
                .format(date);
    }

    public static String dateTime(ZonedDateTime time, Locale locale) {
        Locale l = PortalI18n.supported(locale);
        String pattern = PortalI18n.ENGLISH.equals(l) ? "EEEE d MMMM yyyy 'at' HH:mm"
                : PortalI18n.FINNISH.equals(l) ? "EEEE d. MMMM yyyy 'klo' HH.mm" : "EEEE d MMMM yyyy 'kl.' HH:mm";
        return DateTimeFormatter.ofPattern(pattern, l).format(time);
    }
}
