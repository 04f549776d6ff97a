package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.proposal.ProposalFilter;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalReads;
import se.huddinge.delaktighet.proposal.ProposalStatus;
import se.huddinge.delaktighet.proposal.PublicProposal;

/** All published proposals: search, filter, sort, paged lazily. Closed ones below the threshold stay listed. */
@Route("forslag")
@AnonymousAllowed
class ProposalListView extends PortalPage {

    private static final String ANY = "";

    private final ProposalReads service;
    private final Grid<PublicProposal> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<String> district = new Select<>();
    private final Select<String> category = new Select<>();
    private final Select<String> status = new Select<>();
    private final Select<String> open = new Select<>();
    private final Select<ProposalFilter.Sort> sort = new Select<>();
    private final Paragraph count = new Paragraph();

    ProposalListView(ProposalReads service, ProposalRules rules, Clock clock) {
        super("proposals.title");
        this.service = service;
        add(new Paragraph(getTranslation("proposals.intro", rules.supportThreshold(), rules.supportPeriod().getDays())));
        var submit = new Anchor("forslag/nytt", getTranslation("proposals.submit"));
        submit.addClassName("button-link");
        add(new Paragraph(submit));

        search.setLabel(getTranslation("proposals.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        district.setLabel(getTranslation("proposals.district"));
        district.setItems(withAny(rules.districts()));
        district.setItemLabelGenerator(d -> d.isEmpty() ? getTranslation("proposals.any") : d);
        category.setLabel(getTranslation("proposals.category"));
        category.setItems(withAny(rules.categories().stream().map(ProposalRules.Named::code).toList()));
        category.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("proposals.any")
                : ProposalTexts.category(rules, c, getLocale()));
        status.setLabel(getTranslation("proposals.status"));
        status.setItems(withAny(ProposalStatus.PUBLIC.stream().map(Enum::name).toList()));
        status.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("proposals.any")
                : ProposalTexts.status(this, ProposalStatus.valueOf(s)));
        open.setLabel(getTranslation("proposals.openClosed"));
        open.setItems(ANY, "open", "closed");
        open.setItemLabelGenerator(o -> getTranslation(o.isEmpty() ? "proposals.any" : "proposals." + o));
        sort.setLabel(getTranslation("proposals.sort"));
        sort.setItems(ProposalFilter.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("proposals.sort." + s.name()));
        for (var select : List.of(district, category, status, open)) {
            select.setValue(ANY);
            select.addValueChangeListener(e -> refresh());
        }
        sort.setValue(ProposalFilter.Sort.NEWEST);
        sort.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        var filters = new Div(search, district, category, status, open, sort);
        filters.addClassName("filters");
        filters.getElement().setAttribute("role", "search");
        add(filters);

        count.setId("proposal-count");
        count.getElement().setAttribute("aria-live", "polite");
        add(count);

        grid.addComponentColumn(p -> {
            var link = new Anchor("forslag/" + p.reference(), p.title());
            link.getElement().setAttribute("router-link", true);
            return link;
        }).setHeader(getTranslation("proposals.col.title")).setFlexGrow(3).setKey("title");
        grid.addColumn(PublicProposal::reference).setHeader(getTranslation("proposals.col.reference")).setAutoWidth(true);
        grid.addColumn(PublicProposal::district).setHeader(getTranslation("proposals.district")).setAutoWidth(true);
        grid.addColumn(p -> ProposalTexts.status(this, p.status())).setHeader(getTranslation("proposals.status"))
                .setAutoWidth(true);
        grid.addColumn(PublicProposal::supportCount).setHeader(getTranslation("proposals.col.supports")).setAutoWidth(true);
        grid.addColumn(p -> ProposalTexts.daysLeft(this, p, clock)).setHeader(getTranslation("proposals.col.left"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(false);
        grid.setHeight("36rem");
        grid.getElement().setAttribute("aria-label", getTranslation("proposals.title"));
        add(grid);
        refresh();
    }

    private ProposalFilter filter() {
        return new ProposalFilter(search.getValue(), emptyToNull(district.getValue()), emptyToNull(category.getValue()),
                status.getValue() == null || status.getValue().isEmpty() ? null : ProposalStatus.valueOf(status.getValue()),
                open.getValue() == null || open.getValue().isEmpty() ? null : "open".equals(open.getValue()),
                sort.getValue());
    }

    private void refresh() {
        var filter = filter();
        grid.setItems(q -> service.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) service.count(filter));
        count.setText(getTranslation("proposals.count", service.count(filter)));
    }

    private static List<String> withAny(List<String> items) {
        var all = new ArrayList<String>();
        all.add(ANY);
        all.addAll(items);
        return all;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
