package se.huddinge.delaktighet.nomination.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouteParameters;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.i18n.Texts;
import se.huddinge.delaktighet.base.ui.PagePreview;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.nomination.RoundFacts;

/**
 * The nomination page's first HTML: the heading and what {@link NominateView} says above its form, in the round's
 * phase: that nominations are not open (yet or any more) or, while they are, the introduction with the deadline. The
 * form itself follows with the app (DD34).
 */
@org.springframework.stereotype.Component
class NominatePagePreview implements PagePreview {

    private final PrizeRounds rounds;
    private final Clock clock;
    private final I18NProvider provider;

    NominatePagePreview(PrizeRounds rounds, Clock clock, I18NProvider provider) {
        this.rounds = rounds;
        this.clock = clock;
        this.provider = provider;
    }

    @Override
    public Class<? extends Component> view() {
        return NominateView.class;
    }

    @Override
    public Optional<Preview> preview(RouteParameters parameters, Locale locale) {
        Texts t = Texts.of(provider, locale);
        String heading = t.get("nominate.title");
        var content = PagePreview.section(heading);
        var round = rounds.current();
        if (round.isEmpty()) {
            content.element("p", t.get("prize.noRound"));
        } else {
            RoundFacts r = round.get();
            var phase = r.phaseAt(clock.instant());
            if (phase != RoundFacts.Phase.OPEN) {
                content.element("p", PrizeTexts.status(t, locale, r, clock), "class", "attention");
            }
            if (phase == RoundFacts.Phase.ANNOUNCED || phase == RoundFacts.Phase.OPEN) {
                content.element("p", t.get("nominate.intro", r.year(),
                        Dates.dateTime(r.closesAt(clock.getZone()), locale)));
            }
        }
        return Optional.of(new Preview(heading, t.get("nominate.description"), content.close("section"),
                "demokratipriset/nominera", false));
    }
}
