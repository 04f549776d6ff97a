package se.huddinge.delaktighet.nomination.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import se.huddinge.delaktighet.base.ui.AppStartsOnInteraction;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.nomination.RoundFacts;
import se.huddinge.delaktighet.nomination.PrizeRounds;

/**
 * Demokratipriset: what the prize is and why it exists, this year's round with its criteria and the time left
 * (computed on the server from the clock), the way to nominate while it is open, and the winners once published.
 * Its first HTML shows the same top of the page, the round included ({@link RoundPagePreviews}).
 */
@AppStartsOnInteraction
@Route("demokratipriset")
@AnonymousAllowed
class PrizeView extends PortalPage {

    PrizeView(PrizeRounds rounds, Clock clock) {
        super("prize.title");
        add(new Paragraph(getTranslation("prize.intro")));
        rounds.current().ifPresentOrElse(round -> describe(round, rounds, clock),
                () -> add(new Paragraph(getTranslation("prize.noRound"))));
        add(new Paragraph(PrizeTexts.link("demokratipriset/vinnare", getTranslation("prize.archive.link"))));
    }

    private void describe(RoundFacts round, PrizeRounds rounds, Clock clock) {
        var locale = getLocale();
        add(new H2(getTranslation("prize.round", round.year())));
        var statusLine = new Paragraph(PrizeTexts.status(this, round, clock));
        statusLine.addClassName("status-line");
        statusLine.setId("prize-status");
        add(statusLine);
        if (round.phaseAt(clock.instant()) == RoundFacts.Phase.OPEN) {
            var nominate = PrizeTexts.link("demokratipriset/nominera", getTranslation("prize.nominate.link"));
            nominate.addClassName("button-link");
            nominate.setId("nominate-link");
            add(new Paragraph(nominate));
        }
        var about = PrizeTexts.roundText(locale, round::about);
        add(about.marked(new Paragraph(about.text())));
        add(new Paragraph(PrizeTexts.sum(this::getTranslation, locale, round)));
        String awardDay = PrizeTexts.awardDay(this::getTranslation, locale, round);
        if (awardDay != null) {
            add(new Paragraph(awardDay));
        }
        add(new H2(getTranslation("prize.criteria")));
        var criteria = new UnorderedList();
        criteria.setId("prize-criteria");
        round.criteria().forEach(c -> {
            var title = PrizeTexts.roundText(locale, c::title);
            var description = PrizeTexts.roundText(locale, c::description);
            var titleSpan = title.marked(new Span(title.text()));
            titleSpan.addClassName("criterion-title");
            criteria.add(new ListItem(titleSpan, description.marked(new Paragraph(description.text()))));
        });
        add(criteria);
        add(new H2(getTranslation("prize.who.title")));
        add(new Paragraph(getTranslation("prize.who.text")));
        if (!round.selfNomination()) {
            add(new Paragraph(getTranslation("prize.who.noSelf")));
        }
        rounds.publishedWinners(round).ifPresent(w -> {
            add(new H2(getTranslation("prize.winners.title", w.year())));
            add(PrizeTexts.winners(this, w));
        });
    }
}
