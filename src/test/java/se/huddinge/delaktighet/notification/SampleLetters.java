package se.huddinge.delaktighet.notification;

import java.util.HashMap;
import java.util.Map;

/**
 * Realistic values for rendering every default letter outside Spring, in Swedish: a proposal about benches in a
 * park, decided by a committee with a plain motivation; a nomination for the democracy prize; a request for
 * "Mina inskick". Used where a test reads the letters as a resident would get them.
 */
final class SampleLetters {

    private SampleLetters() {
    }

    /**
     * A proposal letter's values, with the committee's {@code decision} (BIFALL, AVSLAG or BESVARAD): every value a
     * letter may use, a committee's plain motivation, and a common ground for not publishing (a fault report).
     */
    static Map<String, Object> proposal(String decision) {
        var m = ProposalLetterTemplatesTest.model(decision);
        m.put("title", "Fler bänkar i Sjödalsparken");
        m.put("motivation", "Fler bänkar gör parken lättare att besöka för äldre. Bänkarna ryms i årets budget.");
        m.put("groundName", "Felanmälan");
        m.put("groundExplanation", "Förslaget är en felanmälan, till exempel en trasig lampa, ett hål i vägen eller "
                + "klotter. Sådant åtgärdar kommunen utan att politikerna behöver besluta.");
        m.put("groundTurnTo", "Gör en felanmälan på huddinge.se/felanmalan eller ring kontaktcenter.");
        m.keySet().removeAll(java.util.Set.of("groundNote", "earlierReference", "earlierLink"));
        return m;
    }

    /** A prize letter's values: a nomination of a local association, its round and the committee's citation. */
    static Map<String, Object> prize() {
        var m = new HashMap<String, Object>();
        m.put("year", "2026");
        m.put("closesAt", "torsdag 20 augusti 2026 kl. 23:59");
        m.put("linkHours", 72L);
        m.put("prizeLink", "https://delaktighet.huddinge.se/demokratipriset");
        m.put("winnersLink", "https://delaktighet.huddinge.se/demokratipriset/vinnare");
        m.put("reviewLink", "https://delaktighet.huddinge.se/granskning/pris");
        m.put("confirmLink", "https://delaktighet.huddinge.se/demokratipriset/bekrafta/x7Qp");
        m.put("awardDay", "fredag 23 oktober 2026");
        m.put("meetingDate", "tisdag 29 september 2026");
        m.put("scoringDue", "söndag 20 september 2026");
        m.put("awardPlace", "Huddinge kommunhus");
        m.put("nomineeName", "Föreningen Sjödalens röster");
        m.put("nominatorName", "Anna Andersson");
        m.put("reference", "DP-2026-0007");
        m.put("citation", "För att ha gett unga i Sjödalen en röst i kommunens beslut.");
        m.put("memberName", "Leo Ledamot");
        m.put("remaining", 3);
        return m;
    }

    /**
     * {@code m} (a proposal's or a nomination's values) as a Finnish letter gets them: the dates, the committee, the
     * ground and the example words in Finnish, as {@link ProposalLetterWriter} and the settings give them. The
     * resident's title and the names stay as typed.
     */
    static Map<String, Object> inFinnish(Map<String, Object> m) {
        var fi = new HashMap<>(m);
        var words = Map.ofEntries(
                Map.entry("moderationDue", "keskiviikkona 15. huhtikuuta 2026"),
                Map.entry("supportEndsAt", "sunnuntaina 31. toukokuuta 2026 klo 09.00"),
                Map.entry("referralDue", "tiistaina 21. huhtikuuta 2026"),
                Map.entry("committee", "Luonto- ja rakennuslautakunta (vastaa puistoista, kaduista ja rakennusluvista)"),
                Map.entry("decisionDue", "torstaina 25. maaliskuuta 2027"),
                Map.entry("motivation", "Lisää penkkejä helpottaa ikäihmisten käyntejä puistossa. Penkit mahtuvat "
                        + "tämän vuoden budjettiin."),
                Map.entry("meetingDate", "tiistaina 8. syyskuuta 2026"),
                Map.entry("due", "maanantaina 16. maaliskuuta 2026"),
                Map.entry("previousDue", "maanantaina 16. maaliskuuta 2026"),
                Map.entry("newDue", "tiistaina 24. maaliskuuta 2026"),
                Map.entry("groundName", "Vikailmoitus"),
                Map.entry("groundExplanation", "Aloite on vikailmoitus, esimerkiksi rikkinäinen lamppu, kuoppa tiessä "
                        + "tai töhryjä. Kunta korjaa tällaiset asiat ilman poliitikkojen päätöstä."),
                Map.entry("groundTurnTo", "Tee vikailmoitus osoitteessa huddinge.se/felanmalan tai soita kunnan "
                        + "asiakaspalveluun."),
                Map.entry("takenUpBody", "kunnanvaltuusto"),
                Map.entry("takenUpOn", "tiistaina 9. kesäkuuta 2026"),
                Map.entry("takenUpNote", "Karin Berg on jättänyt valtuustoaloitteen."),
                Map.entry("implementationStatus", "työ on käynnissä"),
                Map.entry("implementationUnit", "Puistoyksikkö"),
                Map.entry("plannedDate", "perjantaina 30. lokakuuta 2026"),
                Map.entry("implementationNote", "Penkit on tilattu."),
                Map.entry("closesAt", "torstaina 20. elokuuta 2026 klo 23.59"),
                Map.entry("awardDay", "perjantaina 23. lokakuuta 2026"),
                Map.entry("scoringDue", "sunnuntaina 20. syyskuuta 2026"),
                Map.entry("citation", "Koska se on antanut Sjödalenin nuorille äänen kunnan päätöksissä."));
        words.forEach((k, v) -> fi.computeIfPresent(k, (key, old) -> v));
        if (m.containsKey("awardDay")) {
            fi.put("meetingDate", "tiistaina 29. syyskuuta 2026");
        }
        return fi;
    }

    /** A "Mina inskick" letter's values. */
    static Map<String, Object> mySubmissions() {
        var m = new HashMap<String, Object>();
        m.put("listLink", "https://delaktighet.huddinge.se/mina-inskick/lista/r4Tq");
        m.put("requestLink", "https://delaktighet.huddinge.se/mina-inskick");
        m.put("linkHours", 24L);
        return m;
    }
}
