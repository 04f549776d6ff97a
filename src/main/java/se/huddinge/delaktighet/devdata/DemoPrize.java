package se.huddinge.delaktighet.devdata;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.nomination.PrizeRules;
import se.huddinge.delaktighet.nomination.RoundForm;

/** Demo data of Demokratipriset: this year's round and next year's, with Huddinge's criteria. */
@Component
class DemoPrize {

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
    private final Clock clock;

    DemoPrize(PrizeRounds rounds, PrizeRules rules, Clock clock) {
        this.rounds = rounds;
        this.rules = rules;
        this.clock = clock;
    }

    void load() {
        int year = LocalDate.now(clock).getYear();
        rounds.create(round(year));
        rounds.create(round(year + 1));
    }

    private RoundForm round(int year) {
        return RoundForm.defaults(year, rules).withTexts(ABOUT_SV, ABOUT_EN).withCriteria(CRITERIA);
    }
}
