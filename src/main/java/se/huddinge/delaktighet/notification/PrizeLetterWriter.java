package se.huddinge.delaktighet.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.nomination.NominationFacts;
import se.huddinge.delaktighet.nomination.RoundFacts;
import se.huddinge.delaktighet.nomination.PrizeRules;

/**
 * Writes a letter about a nomination: the facts of the nomination and its round in the reader's words (dates with
 * the weekday, links), so every prize template has the same values to choose from. Inside a listener's transaction.
 */
@Component
class PrizeLetterWriter {

    private final Letters letters;
    private final PortalSettings settings;
    private final PrizeRules rules;
    private final Clock clock;

    PrizeLetterWriter(Letters letters, PortalSettings settings, PrizeRules rules, Clock clock) {
        this.letters = letters;
        this.settings = settings;
        this.rules = rules;
        this.clock = clock;
    }

    /** A letter to the nominator, once per nomination and {@code keyParts}. */
    void toNominator(PrizeLetter kind, NominationFacts facts, Map<String, Object> extra, Object... keyParts) {
        write(kind, key(kind, facts, keyParts), facts, facts.nominatorEmail(), facts.language(), extra);
    }

    /** A letter to the nominee, at the address the nominator gave, in the nominator's language. */
    void toNominee(PrizeLetter kind, NominationFacts facts) {
        write(kind, key(kind, facts), facts, facts.nomineeContact(), facts.language(), Map.of());
    }

    /** A letter about a round to a member of staff, in Swedish. */
    void toStaff(PrizeLetter kind, RoundFacts round, String email, Map<String, Object> extra, Object... keyParts) {
        var model = roundWords(round, PortalI18n.SWEDISH);
        model.putAll(extra);
        letters.write(new LetterRequest(kind.dedupKey(keyParts), kind.template(), "DP-" + round.year(), email,
                PortalI18n.SWEDISH, model));
    }

    private void write(PrizeLetter kind, String dedupKey, NominationFacts facts, String to, String language,
                       Map<String, Object> extra) {
        Locale locale = PortalI18n.supported(Locale.forLanguageTag(language == null ? "" : language));
        var model = words(facts, locale);
        model.putAll(extra);
        LetterRenderer.residentWords(kind, model);
        letters.write(new LetterRequest(dedupKey, kind.template(), subjectRef(facts), to, locale, model));
    }

    private static String key(PrizeLetter kind, NominationFacts n, Object... keyParts) {
        Object[] parts = new Object[keyParts.length + 1];
        parts[0] = n.id();
        System.arraycopy(keyParts, 0, parts, 1, keyParts.length);
        return kind.dedupKey(parts);
    }

    /** What the letter log files a nomination's letters under: its number, or before it has one, its id. */
    static String subjectRef(NominationFacts n) {
        return nominationRef(n.id(), n.reference());
    }

    static String nominationRef(long nominationId, String reference) {
        return reference != null ? reference : "DP-unconfirmed-" + nominationId;
    }

    /** What a letter may say about a nomination and its round, as plain strings in the reader's language. */
    Map<String, Object> words(NominationFacts facts, Locale l) {
        var m = roundWords(facts.round(), l);
        m.put("nomineeName", facts.nomineeName());
        m.put("nominatorName", facts.nominatorName());
        if (facts.reference() != null) {
            m.put("reference", facts.reference());
        }
        if (facts.citation() != null) {
            m.put("citation", facts.citation());
        }
        return m;
    }

    private Map<String, Object> roundWords(RoundFacts round, Locale l) {
        var m = new HashMap<String, Object>();
        m.put("year", String.valueOf(round.year()));
        m.put("closesAt", Dates.dateTime(round.closesAt(clock.getZone()), l));
        m.put("linkHours", rules.linkValidity().toHours());
        m.put("prizeLink", settings.link("demokratipriset"));
        m.put("winnersLink", settings.link("demokratipriset/vinnare"));
        m.put("reviewLink", settings.link("granskning/pris"));
        put(m, "awardDay", round.awardDay(), l);
        put(m, "meetingDate", round.meetingDate(), l);
        put(m, "scoringDue", round.scoringDue(), l);
        if (round.awardPlace() != null) {
            m.put("awardPlace", round.awardPlace());
        }
        return m;
    }

    /** Example values for the template editor's preview of a prize letter. */
    Map<String, Object> sample(Locale l) {
        var m = new HashMap<String, Object>();
        m.put("year", String.valueOf(LocalDate.now(clock).getYear()));
        m.put("closesAt", Dates.dateTime(LocalDate.now(clock).atTime(23, 59).atZone(clock.getZone()), l));
        m.put("linkHours", rules.linkValidity().toHours());
        m.put("prizeLink", settings.link("demokratipriset"));
        m.put("winnersLink", settings.link("demokratipriset/vinnare"));
        m.put("reviewLink", settings.link("granskning/pris"));
        m.put("confirmLink", settings.link("demokratipriset/bekrafta/exempel"));
        for (String date : new String[]{"awardDay", "meetingDate", "scoringDue"}) {
            m.put(date, Dates.longDate(LocalDate.now(clock), l));
        }
        m.put("awardPlace", "Huddinge kommunhus");
        m.put("nomineeName", "Föreningen Sjödalens röster");
        m.put("nominatorName", "Anna Andersson");
        m.put("reference", "DP-" + LocalDate.now(clock).getYear() + "-0007");
        // the chair's words, as typed: Swedish, but Finnish in a Finnish letter's example so its readability is Finnish
        String citation = "För att ha gett unga i Sjödalen en röst i kommunens beslut.";
        m.put("citation", PortalI18n.FINNISH.equals(PortalI18n.supported(l))
                ? "Koska se on antanut Sjödalenin nuorille äänen kunnan päätöksissä." : citation);
        m.put("memberName", "Leo Ledamot");
        m.put("remaining", 3);
        return m;
    }

    private static void put(Map<String, Object> m, String name, LocalDate date, Locale l) {
        if (date != null) {
            m.put(name, Dates.longDate(date, l));
        }
    }
}
