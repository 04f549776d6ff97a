package se.huddinge.delaktighet.nomination.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.nomination.RoundFacts;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.security.StaffRole;

/** Administrators see the prize rounds and open one to change it, or start a new one. */
@Route("admin/pris")
@RolesAllowed(StaffRole.ADMIN_ROLE)
class PrizeRoundsView extends PortalPage {

    PrizeRoundsView(PrizeRounds rounds, Clock clock) {
        super("rounds.title");
        var create = PrizeTexts.link(RoundEditView.PATH, getTranslation("rounds.new"));
        create.addClassName("button-link");
        create.setId("new-round");
        add(new Paragraph(create));
        var grid = new Grid<RoundFacts>(RoundFacts.class, false);
        grid.addComponentColumn(r -> PrizeTexts.link(RoundEditView.PATH + "/" + r.id(),
                getTranslation("prize.round", r.year()))).setHeader(getTranslation("rounds.year")).setAutoWidth(true);
        grid.addColumn(r -> Dates.dateTime(r.closesAt(clock.getZone()), getLocale()))
                .setHeader(getTranslation("rounds.closesAt")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("rounds.phase." + r.phaseAt(clock.instant()).name()))
                .setHeader(getTranslation("rounds.phase")).setFlexGrow(1);
        grid.setItems(rounds.all());
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("rounds.title"));
        add(grid);
    }
}
