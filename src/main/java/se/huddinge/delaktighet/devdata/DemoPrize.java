package se.huddinge.delaktighet.devdata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.nomination.RoundFacts;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.nomination.PrizeRules;
import se.huddinge.delaktighet.nomination.RoundForm;

/**
 * Demo data of Demokratipriset: last year's round with its two published winners, this year's round with a dozen
 * nominations that count, and next year's round, announced. The nominations of rounds whose nomination period is not
 * open now cannot be made through the services (they check the deadline against the real clock), so they are
 * written as the archive of an earlier year would be imported: straight into the tables, in the development profile
 * only.
 */
@Component
class DemoPrize {

    private static final String[][] NOMINEES = {
            {"Föreningen Vårby Röster", "ASSOCIATION"}, {"Glömsta Ungdomsråd", "GROUP"},
            {"Amina Yusuf", "PERSON"}, {"Skogås Läxhjälp", "ASSOCIATION"}, {"Huddinge Pensionärsråd", "ORGANISATION"},
            {"Sjödalens Samtalscafé", "GROUP"}, {"Erik Lind", "PERSON"}, {"Flemingsbergs Kvinnonätverk", "ASSOCIATION"},
            {"Trångsunds Hembygdsförening", "ASSOCIATION"}, {"Länna Föräldranätverk", "GROUP"},
            {"Segeltorps Scoutkår", "ORGANISATION"}, {"Fatima Haddad", "PERSON"}};

    static final String ABOUT_SV = "Demokratipriset delas ut varje år av trygghets- och delaktighetsberedningen till "
            + "den som på ett förtjänstfullt sätt har stärkt demokratin i Huddinge: ökat invånarnas delaktighet, gett "
            + "fler en röst eller främjat samtal om demokratins värden.";
    static final String ABOUT_EN = "The Democracy Prize is awarded every year by the committee for safety and "
            + "participation to those who have, in a commendable way, strengthened democracy in Huddinge: increased "
            + "residents' participation, given more people a voice or furthered dialogue about democratic values.";
    static final List<RoundForm.Criterion> CRITERIA = List.of(
            new RoundForm.Criterion(null, "Delaktighet", "Participation",
                    "Har ökat invånarnas delaktighet i samhället och i kommunens beslut.",
                    "Has increased residents' participation in society and in the municipality's decisions."),
            new RoundForm.Criterion(null, "Fler röster", "More voices",
                    "Har gett fler, särskilt de som sällan hörs, en röst.",
                    "Has given more people, especially those seldom heard, a voice."),
            new RoundForm.Criterion(null, "Demokratins värden", "Democratic values",
                    "Har främjat samtal om demokratins värden och mänskliga rättigheter.",
                    "Has furthered dialogue about democratic values and human rights."));

    private final PrizeRounds rounds;
    private final PrizeRules rules;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoPrize(PrizeRounds rounds, PrizeRules rules, JdbcTemplate jdbc, Clock clock) {
        this.rounds = rounds;
        this.rules = rules;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void load() {
        int year = LocalDate.now(clock).getYear();
        var last = rounds.create(round(year - 1));
        var current = rounds.create(round(year));
        rounds.create(round(year + 1));
        nominations(last, 4);
        nominations(current, NOMINEES.length);
        var winners = jdbc.queryForList("select id from nomination where round_id = ? order by id limit 2", Long.class,
                last.id());
        jdbc.update("update nomination set won = true, citation = ? where id = ?", "För att under många år ha "
                + "öppnat dörren till samtal om demokrati för unga i Vårby.", winners.get(0));
        jdbc.update("update nomination set won = true, citation = ? where id = ?", "För att ha gett ungdomar i "
                + "Glömsta en egen röst i kommunens beslut.", winners.get(1));
        var awardDay = last.awardDay();
        jdbc.update("update prize_round set decided = true, meeting_date = ?, minutes_ref = ?, announce_on = ?, "
                        + "decided_at = ?, decided_by = 'ledamot', published_at = ? where id = ?",
                awardDay.minusWeeks(4), "TDB " + (year - 1) + "-09-24 § 8", awardDay,
                utc(awardDay.minusWeeks(4).atStartOfDay(clock.getZone()).toInstant()),
                utc(awardDay.atStartOfDay(clock.getZone()).toInstant()), last.id());
    }

    /** Instants are stored as UTC date-times (hibernate.jdbc.time_zone). */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private RoundForm round(int year) {
        var f = RoundForm.defaults(year, rules).withTexts(ABOUT_SV, ABOUT_EN).withCriteria(CRITERIA);
        return new RoundForm(null, f.year(), LocalDate.of(year, 2, 11), "Beredningen beslutade om prisets form.",
                f.aboutSv(), f.aboutEn(), f.criteria(), f.prizeSumSek(), f.winners(), LocalDate.of(year, 6, 1),
                f.opensAt(), f.closesAt(), f.awardDay(), "Huddinge kommunhus", f.scoringDue(), false,
                f.retentionMonths(), "ledamot");
    }

    /** {@code count} confirmed nominations of the round, numbered as the round's series would number them. */
    private void nominations(RoundFacts round, int count) {
        var submitted = round.closesAt().minus(Duration.ofDays(20));
        for (int i = 0; i < count; i++) {
            String reference = "DP-%d-%04d".formatted(round.year(), i + 1);
            var at = utc(submitted.plus(Duration.ofHours(i)));
            jdbc.update("insert into nomination (round_id, reference, status, nominee_name, nominee_kind, nominee_tie, "
                            + "nominee_knows, nominator_name, nominator_email, language, submitted_at, link_expires_at, "
                            + "confirmed_at) values (?, ?, 'CONFIRMED', ?, ?, ?, ?, ?, ?, 'sv', ?, ?, ?)",
                    round.id(), reference, NOMINEES[i][0], NOMINEES[i][1], "Verksam i Huddinge sedan många år.",
                    i % 2 == 0, "Nominerare " + (i + 1), "nominerare" + (i + 1) + "@example.se", at, at, at);
            long id = jdbc.queryForObject("select id from nomination where reference = ?", Long.class, reference);
            for (var criterion : round.criteria()) {
                jdbc.update("insert into nomination_motivation (nomination_id, criterion_id, text) values (?, ?, ?)",
                        id, criterion.id(), NOMINEES[i][0] + " " + criterion.description(false).toLowerCase()
                                .replaceFirst("^har ", "har i flera år ") + " Det märks i hela kommundelen.");
            }
        }
        jdbc.update("insert into reference_counter (series, last_no) values (?, ?)", "DP-" + round.year(), count);
    }
}
