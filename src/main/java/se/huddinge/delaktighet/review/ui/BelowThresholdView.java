package se.huddinge.delaktighet.review.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.reporting.BelowThreshold;
import se.huddinge.delaktighet.reporting.BelowThresholdFilter;
import se.huddinge.delaktighet.reporting.BelowThresholdFilter.Sort;
import se.huddinge.delaktighet.reporting.BelowThresholdRow;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * Below the threshold is not the end: the proposals whose support period ended below the threshold, for committee
 * members and officers looking for ideas a politician could take up. Filters (district, category, year closed,
 * supports), sort, a page at a time and CSV, like the other lists; each row opens the case page, where taking it up
 * is recorded.
 */
@Route("granskning/under-grans")
@RolesAllowed({StaffRole.OFFICER_ROLE, StaffRole.COMMITTEE_ROLE, StaffRole.ADMIN_ROLE})
class BelowThresholdView extends PortalPage {

    private final Clock clock;
    private final ProposalRules rules;
    private final ComboBox<String> district = new ComboBox<>();
    private final ComboBox<ProposalRules.Named> category = new ComboBox<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final IntegerField minSupports = new IntegerField();
    private final IntegerField maxSupports = new IntegerField();

    BelowThresholdView(BelowThreshold proposals, ProposalRules rules, Clock clock, SignedIn signedIn) {
        super("below.title");
        this.clock = clock;
        this.rules = rules;
        add(new ReviewNav("granskning/under-grans", signedIn));
        add(new Paragraph(getTranslation("below.intro")));
        Filters.places(rules, district, category);
        Filters.years(year, "below.year", clock);
        minSupports.setLabel(getTranslation("below.minSupports"));
        maxSupports.setLabel(getTranslation("below.maxSupports"));
        for (var field : List.of(minSupports, maxSupports)) {
            field.setMin(0);
            field.setMax(rules.supportThreshold());
            field.setStepButtonsVisible(true);
        }
        var list = new StaffList<BelowThresholdFilter, BelowThresholdRow>(this, "below-threshold", "below.title",
                "list.total", "under-gransen", clock, this::filter, proposals);
        list.filterBy(district, category, year, minSupports, maxSupports);
        configureGrid(list.grid());
        add(list.components());
    }

    private void configureGrid(Grid<BelowThresholdRow> grid) {
        grid.addComponentColumn(p -> Filters.link("granskning/forslag/" + p.id(), p.reference() + " " + p.title()))
                .setHeader(getTranslation("queue.col.proposal")).setKey(Sort.TITLE.name()).setSortable(true)
                .setFlexGrow(3);
        grid.addColumn(BelowThresholdRow::district).setHeader(getTranslation("list.district")).setAutoWidth(true);
        grid.addColumn(p -> rules.category(p.category()).map(c -> c.name(getLocale())).orElse(p.category()))
                .setHeader(getTranslation("list.category")).setAutoWidth(true);
        grid.addColumn(p -> Dates.longDate(LocalDate.ofInstant(p.closedAt(), clock.getZone()), getLocale()))
                .setHeader(getTranslation("below.closed")).setKey(Sort.CLOSED.name()).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(BelowThresholdRow::supports).setHeader(getTranslation("list.supports"))
                .setKey(Sort.SUPPORTS.name()).setSortable(true).setAutoWidth(true);
        grid.addColumn(p -> p.takenUp() == 0 ? getTranslation("below.notTakenUp")
                        : getTranslation("below.takenUpTimes", p.takenUp()))
                .setHeader(getTranslation("below.takenUp")).setKey("takenUp").setAutoWidth(true);
    }

    private BelowThresholdFilter filter(List<QuerySortOrder> orders) {
        var base = new BelowThresholdFilter(district.getValue(),
                category.getValue() == null ? null : category.getValue().code(), year.getValue(),
                minSupports.getValue(), maxSupports.getValue(), Sort.CLOSED, false);
        return Filters.sorted(base, orders, Sort.class, base::sortedBy);
    }
}
