package se.huddinge.delaktighet.nomination.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouteParameters;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import se.huddinge.delaktighet.base.i18n.Texts;
import se.huddinge.delaktighet.base.ui.PagePreview;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.nomination.RoundFacts;

/**
 * The prize page's first HTML: the heading and introduction and this year's round as {@link PrizeView} shows it at the
 * top (the round's heading, where it stands, the way to nominate while it is open, what the prize is for, the sum and
 * the award day), so the page's largest text of the first screen is painted before the app starts (DD34). The
 * criteria and the winners below follow with the app.
 */
@org.springframework.stereotype.Component
class PrizePagePreview implements PagePreview {

    private final PrizeRounds rounds;
    private final Clock clock;
    private final I18NProvider provider;

    PrizePagePreview(PrizeRounds rounds, Clock clock, I18NProvider provider) {
        this.rounds = rounds;
        this.clock = clock;
        this.provider = provider;
    }

    @Override
    public Class<? extends Component> view() {
        return PrizeView.class;
    }

    @Override
    public Optional<Preview> preview(RouteParameters parameters, Locale locale) {
        Texts t = Texts.of(provider, locale);
        String heading = t.get("prize.title");
        String intro = t.get("prize.intro");
        var content = PagePreview.section(heading).element("p", intro);
        rounds.current().ifPresentOrElse(round -> round(content, round, t, locale),
                () -> content.element("p", t.get("prize.noRound")));
        return Optional.of(new Preview(heading, intro, content.close("section"), "demokratipriset", false));
    }

    private void round(se.huddinge.delaktighet.base.ui.StaticHtml content, RoundFacts round, Texts t, Locale locale) {
        content.element("h2", t.get("prize.round", round.year()))
                .element("p", PrizeTexts.status(t, locale, round, clock), "class", "status-line");
        if (round.phaseAt(clock.instant()) == RoundFacts.Phase.OPEN) {
            content.open("p").element("a", t.get("prize.nominate.link"), "href", "demokratipriset/nominera",
                    "class", "button-link").close("p");
        }
        content.element("p", round.about(PrizeTexts.english(locale)))
                .element("p", PrizeTexts.sum(t, locale, round));
        String awardDay = PrizeTexts.awardDay(t, locale, round);
        if (awardDay != null) {
            content.element("p", awardDay);
        }
    }
}
