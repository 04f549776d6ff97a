package se.huddinge.delaktighet.nomination.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.nomination.PrizeRound;
import se.huddinge.delaktighet.nomination.PrizeRounds;

/** Demokratipriset: what the prize is, this year's round and its deadline. */
@Route("demokratipriset")
@AnonymousAllowed
class PrizeView extends PortalPage {

    PrizeView(PrizeRounds rounds, Clock clock) {
        super("prize.title");
        add(new Paragraph(getTranslation("prize.intro")));
        rounds.current().ifPresentOrElse(round -> describe(round, clock),
                () -> add(new Paragraph(getTranslation("prize.noRound"))));
    }

    private void describe(PrizeRound round, Clock clock) {
        var locale = getLocale();
        boolean english = PortalI18n.ENGLISH.equals(PortalI18n.supported(locale));
        var zone = clock.getZone();
        add(new H2(getTranslation("prize.round", round.getYear())));
        var phase = round.phaseAt(clock.instant());
        String closes = Dates.dateTime(round.closesAt(zone), locale);
        String status = switch (phase) {
            case ANNOUNCED -> getTranslation("prize.phase.announced", Dates.dateTime(round.getOpensAt().atZone(zone), locale));
            case OPEN -> getTranslation("prize.phase.open", closes,
                    Math.max(0, Duration.between(clock.instant(), round.getClosesAt()).toDays()));
            case REVIEW -> getTranslation("prize.phase.review", closes);
            case DECIDED -> getTranslation("prize.phase.decided");
        };
        var statusLine = new Paragraph(status);
        statusLine.addClassName("status-line");
        statusLine.setId("prize-status");
        add(statusLine);
        String sum = NumberFormat.getIntegerInstance(PortalI18n.supported(locale)).format(round.getPrizeSumSek());
        add(new Paragraph(getTranslation("prize.sum", sum, round.getWinners())));
        if (round.getAwardDay() != null) {
            add(new Paragraph(getTranslation("prize.awardDay", Dates.longDate(round.getAwardDay(), locale))));
        }
        add(new H2(getTranslation("prize.criteria")));
        add(new Paragraph(round.criteria(english)));
    }
}
