package se.huddinge.delaktighet.review.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.proposal.WaitingStep;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalStatus;
import se.huddinge.delaktighet.reporting.ProposalRow;
import se.huddinge.delaktighet.reporting.StaffFilter;
import se.huddinge.delaktighet.reporting.StaffFilter.Sort;
import se.huddinge.delaktighet.reporting.StaffProposals;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * Every proposal, for staff: filters, free-text search and sort, a page at a time from the database (one count per
 * change of filter), and the filtered list as CSV.
 */
@Route("granskning/lista")
@RolesAllowed({StaffRole.OFFICER_ROLE, StaffRole.COMMITTEE_ROLE, StaffRole.ADMIN_ROLE})
class ProposalsView extends PortalPage implements BeforeEnterObserver {

    private final WaitingStep waiting;
    private final Clock clock;
    private final TextField text = new TextField();
    private final ComboBox<ProposalStatus> status = new ComboBox<>();
    private final ComboBox<String> district = new ComboBox<>();
    private final ComboBox<ProposalRules.Named> category = new ComboBox<>();
    private final ComboBox<ProposalRules.Named> committee = new ComboBox<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Checkbox overdue = new Checkbox();
    private final ComboBox<StaffFilter.Implementation> implementation = new ComboBox<>();

    ProposalsView(StaffProposals proposals, ProposalRules rules, WaitingStep waiting, Clock clock,
                  SignedIn signedIn) {
        super("list.title");
        this.waiting = waiting;
        this.clock = clock;
        add(new ReviewNav("granskning/lista", signedIn));
        Filters.search(text, "list.search", "list.search.help");
        status.setLabel(getTranslation("list.status"));
        status.setItems(List.of(ProposalStatus.values()).subList(1, ProposalStatus.values().length));
        status.setItemLabelGenerator(s -> getTranslation("proposal.status." + s.name()));
        Filters.places(rules, district, category);
        committee.setLabel(getTranslation("list.committee"));
        committee.setItems(rules.committees());
        committee.setItemLabelGenerator(c -> c.name(getLocale()));
        Filters.years(year, "list.year", clock);
        overdue.setLabel(getTranslation("list.overdue"));
        implementation.setLabel(getTranslation("list.implementation"));
        implementation.setId("implementation-filter");
        implementation.setItems(StaffFilter.Implementation.values());
        implementation.setItemLabelGenerator(i -> getTranslation("list.implementation." + i.name()));
        implementation.setClearButtonVisible(true);
        var list = new StaffList<StaffFilter, ProposalRow>(this, "proposals", "list.title", "list.total", "forslag",
                clock, this::filter, proposals);
        list.filterBy(text, status, district, category, committee, year, implementation, overdue);
        configureGrid(list.grid());
        add(list.components());
    }

    private void configureGrid(Grid<ProposalRow> grid) {
        grid.addComponentColumn(p -> Filters.link("granskning/forslag/" + p.id(),
                (p.reference() == null ? "" : p.reference() + " ") + p.title()))
                .setHeader(getTranslation("queue.col.proposal")).setKey(Sort.TITLE.name()).setSortable(true).setFlexGrow(3);
        grid.addColumn(p -> getTranslation("proposal.status." + p.status().name()))
                .setHeader(getTranslation("queue.col.status")).setAutoWidth(true);
        grid.addColumn(ProposalRow::district).setHeader(getTranslation("list.district")).setAutoWidth(true);
        grid.addColumn(p -> Dates.longDate(LocalDate.ofInstant(p.submittedAt(), clock.getZone()), getLocale()))
                .setHeader(getTranslation("list.submitted")).setKey(Sort.SUBMITTED.name()).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(ProposalRow::supports).setHeader(getTranslation("list.supports"))
                .setKey(Sort.SUPPORTS.name()).setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(p -> DueLabel.of(p.due(), waiting.urgency(p.due()), getLocale()))
                .setHeader(getTranslation("queue.col.due")).setAutoWidth(true);
    }

    private StaffFilter filter(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        var base = new StaffFilter(text.getValue(), status.getValue(), district.getValue(),
                category.getValue() == null ? null : category.getValue().code(),
                committee.getValue() == null ? null : committee.getValue().code(), year.getValue(),
                overdue.getValue(), implementation.getValue(), Sort.SUBMITTED, false);
        return Filters.sorted(base, orders, Sort.class, base::sortedBy);
    }

    /**
     * Links from the overview open the list filtered: {@code ?status=IN_MODERATION}, {@code ?overdue=true},
     * {@code ?status=DECIDED&genomforande=pagar} (an approved proposal's work, {@link StaffFilter.Implementation}).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        params.getOrDefault("status", List.of()).stream().findFirst()
                .flatMap(s -> java.util.Arrays.stream(ProposalStatus.values()).filter(v -> v.name().equals(s)).findFirst())
                .ifPresent(status::setValue);
        params.getOrDefault("genomforande", List.of()).stream().findFirst()
                .flatMap(StaffFilter.Implementation::ofParam).ifPresent(implementation::setValue);
        if (params.getOrDefault("overdue", List.of()).contains("true")) {
            overdue.setValue(true);
        }
    }
}
