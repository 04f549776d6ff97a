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

    /** A proposal letter's values, with the committee's {@code decision} (BIFALL, AVSLAG or BESVARAD). */
    static Map<String, Object> proposal(String decision) {
        var m = new HashMap<String, Object>();
        m.put("authorName", "Anna Andersson");
        m.put("title", "Fler bänkar i Sjödalsparken");
        m.put("reference", "HF-2026-0042");
        m.put("statusLink", "https://delaktighet.huddinge.se/forslag/HF-2026-0042");
        m.put("confirmLink", "https://delaktighet.huddinge.se/forslag/bekrafta/k3J9xQ");
        m.put("manageLink", "https://delaktighet.huddinge.se/forslag/hantera/p8Lm2Z");
        m.put("caseLink", "https://delaktighet.huddinge.se/granskning/forslag/42");
        m.put("linkHours", 72L);
        m.put("threshold", 100);
        m.put("supportCount", 37);
        m.put("moderationDue", "onsdag 15 april 2026");
        m.put("supportEndsAt", "söndag 31 maj 2026 kl. 09:00");
        m.put("referralDue", "tisdag 21 april 2026");
        m.put("committee", "Natur- och byggnadsnämnden (ansvarar för parker, gator och bygglov)");
        m.put("caseNumber", "NBN 2026/123");
        m.put("decisionDue", "torsdag 25 mars 2027");
        m.put("decision", decision);
        m.put("motivation", "Fler bänkar gör parken lättare att besöka för äldre. Bänkarna ryms i årets budget.");
        m.put("meetingDate", "tisdag 8 september 2026");
        m.put("minutesRef", "NBN 2026-09-08 § 14");
        m.put("step", "MODERATION");
        m.put("due", "måndag 16 mars 2026");
        m.put("previousDue", "måndag 16 mars 2026");
        m.put("newDue", "tisdag 24 mars 2026");
        m.put("groundName", "Felanmälan");
        m.put("groundExplanation", "Förslaget är en felanmälan, till exempel en trasig lampa, ett hål i vägen eller "
                + "klotter. Sådant åtgärdar kommunen utan att politikerna behöver besluta.");
        m.put("groundTurnTo", "Gör en felanmälan på huddinge.se/felanmalan eller ring kontaktcenter.");
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

    /** A "Mina inskick" letter's values. */
    static Map<String, Object> mySubmissions() {
        var m = new HashMap<String, Object>();
        m.put("listLink", "https://delaktighet.huddinge.se/mina-inskick/lista/r4Tq");
        m.put("requestLink", "https://delaktighet.huddinge.se/mina-inskick");
        m.put("linkHours", 24L);
        return m;
    }
}
