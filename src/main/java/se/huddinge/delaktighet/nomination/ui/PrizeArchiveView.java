package se.huddinge.delaktighet.nomination.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.AppStartsOnInteraction;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.nomination.PrizeRounds;

/** The winners of Demokratipriset by year, with the committee's citations. */
@AppStartsOnInteraction
@Route("demokratipriset/vinnare")
@AnonymousAllowed
class PrizeArchiveView extends PortalPage {

    PrizeArchiveView(PrizeRounds rounds, Clock clock) {
        super("prize.archive.title");
        LocalDate today = LocalDate.now(clock);
        var archive = rounds.archive();
        if (archive.isEmpty()) {
            add(new Paragraph(getTranslation("prize.archive.empty")));
        }
        for (var year : archive) {
            var heading = new H2(getTranslation("prize.round", year.year()));
            heading.setId("winners-" + year.year());
            add(heading);
            if (year.awardDay() != null) {
                // the winners are published on the announcement day, which may come before the award day
                add(new Paragraph(getTranslation(year.awardDay().isBefore(today) ? "prize.archive.awarded"
                        : "prize.archive.toBeAwarded", Dates.longDate(year.awardDay(), getLocale()))));
            }
            add(PrizeTexts.winners(this, year));
        }
        add(new Paragraph(PrizeTexts.link("demokratipriset", getTranslation("prize.archive.back"))));
    }
}
