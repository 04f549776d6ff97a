package se.huddinge.delaktighet.nomination.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.i18n.Texts;
import se.huddinge.delaktighet.base.ui.FormCopy;
import se.huddinge.delaktighet.base.ui.PagePreview;
import se.huddinge.delaktighet.base.ui.PagePreview.Preview;
import se.huddinge.delaktighet.base.ui.StaticHtml;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.nomination.PrizeRules;
import se.huddinge.delaktighet.nomination.RoundFacts;

/**
 * The first HTML of the two prize pages that depend on this year's round, showing what their views show at the top
 * in the round's phase, so the largest text of the first screen is painted before the app starts (DD34): the prize
 * page ({@link PrizeView}: the round's heading, where it stands, the way to nominate while it is open, what the prize
 * is for, the sum and the award day) and the nomination page ({@link NominateView}: that nominations are not open, or
 * the introduction with the deadline and the form, drawn: NominateView.copy, DD49). The criteria and the winners
 * follow with the app.
 */
@Configuration(proxyBeanMethods = false)
class RoundPagePreviews {

    @Bean
    PagePreview prizePagePreview(PrizeRounds rounds, Clock clock, I18NProvider provider) {
        return PagePreview.of(PrizeView.class, provider, (t, locale) -> {
            String heading = t.get("prize.title");
            String intro = t.get("prize.intro");
            var content = PagePreview.section(heading).element("p", intro);
            rounds.current().ifPresentOrElse(round -> round(content, round, clock, t, locale),
                    () -> content.element("p", t.get("prize.noRound")));
            return new Preview(heading, intro, content.close("section"), "demokratipriset", false);
        });
    }

    @Bean
    PagePreview nominatePagePreview(PrizeRounds rounds, PrizeRules rules, Clock clock, I18NProvider provider) {
        return PagePreview.of(NominateView.class, provider, (t, locale) -> {
            String heading = t.get("nominate.title");
            var content = PagePreview.section(heading);
            rounds.current().ifPresentOrElse(round -> {
                var phase = round.phaseAt(clock.instant());
                // the view's line for a closed round, empty (and taking its place) while the round is open
                content.element("p", phase == RoundFacts.Phase.OPEN ? "" : PrizeTexts.status(t, locale, round, clock),
                        "class", "attention", FormCopy.PLACE, "nomination-closed");
                if (phase == RoundFacts.Phase.ANNOUNCED || phase == RoundFacts.Phase.OPEN) {
                    content.element("p", t.get("nominate.intro", round.year(),
                            Dates.dateTime(round.closesAt(clock.getZone()), locale)))
                            .append(NominateView.copy(t, locale, round, rules));
                }
            }, () -> content.element("p", t.get("prize.noRound")));
            return new Preview(heading, t.get("nominate.description"), content.close("section"),
                    "demokratipriset/nominera", false);
        });
    }

    private static void round(StaticHtml content, RoundFacts round, Clock clock, Texts t, Locale locale) {
        content.element("h2", t.get("prize.round", round.year()))
                .element("p", PrizeTexts.status(t, locale, round, clock), "class", "status-line");
        if (round.phaseAt(clock.instant()) == RoundFacts.Phase.OPEN) {
            content.open("p").element("a", t.get("prize.nominate.link"), "href", "demokratipriset/nominera",
                    "class", "button-link").close("p");
        }
        var about = PrizeTexts.roundText(locale, round::about);
        if (about.lang() == null) {
            content.element("p", about.text());
        } else {
            content.element("p", about.text(), "lang", about.lang());
        }
        content.element("p", PrizeTexts.sum(t, locale, round));
        String awardDay = PrizeTexts.awardDay(t, locale, round);
        if (awardDay != null) {
            content.element("p", awardDay);
        }
    }
}
