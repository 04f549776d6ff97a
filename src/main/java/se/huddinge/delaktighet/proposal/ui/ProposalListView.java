package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import se.huddinge.delaktighet.base.i18n.Texts;
import se.huddinge.delaktighet.base.ui.AppStartsOnInteraction;
import se.huddinge.delaktighet.base.ui.FieldPlaceholder;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.base.ui.StaticHtml;
import se.huddinge.delaktighet.proposal.ProposalFilter;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalReads;
import se.huddinge.delaktighet.proposal.ProposalStatus;

/**
 * All published proposals: search, filter, sort, a page at a time ("Visa fler förslag" adds the next). Closed ones
 * below the threshold stay listed. Each page of proposals is one piece of fixed HTML ({@link ProposalCards}), a card per
 * proposal with its title as a link: a phone reads and scrolls a list better than a table, and the page needs no
 * grid, which was most of its script work on a phone (docs/benchmarks.md, "Lighthouse"; DD34). Its first HTML is a
 * copy of its first screen, the first page of cards included ({@link #copy}), so the app starts on the reader's
 * first interaction (DD45, DD48).
 */
@Route("forslag")
@AnonymousAllowed
@AppStartsOnInteraction
class ProposalListView extends PortalPage {

    private static final String ANY = "";

    /** Proposals per page of the list. */
    static final int PAGE_SIZE = 20;
    /** What the list shows at first: every public proposal, the newest first. */
    static final ProposalFilter FIRST = ProposalFilter.all();
    /** The id of "Visa fler förslag". */
    static final String MORE = "more-proposals";

    /**
     * A filter field of the list: its id, its label's key and the key of what it shows at first ({@code null}: it is
     * empty). The first HTML draws the fields' places from these too ({@link #copy}).
     */
    record FilterField(String id, String labelKey, String shownKey) {
    }

    /** The filter fields in the order the page shows them: the search field, then five selects. */
    static final List<FilterField> FILTERS = List.of(
            new FilterField("filter-search", "proposals.search", null),
            new FilterField("filter-district", "proposals.district", "proposals.any"),
            new FilterField("filter-category", "proposals.category", "proposals.any"),
            new FilterField("filter-status", "proposals.status", "proposals.any"),
            new FilterField("filter-open", "proposals.openClosed", "proposals.any"),
            new FilterField("filter-sort", "proposals.sort", "proposals.sort." + FIRST.sort().name()));

    private final ProposalReads service;
    private final Clock clock;
    private final Div cards = new Div();
    private final Button more = new Button();
    private ProposalFilter shown;
    private int pages;
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
        this.clock = clock;
        add(new Paragraph(getTranslation("proposals.intro", rules.supportThreshold(), rules.supportPeriod().getDays())));
        var submit = new Anchor("forslag/nytt", getTranslation("proposals.submit"));
        submit.addClassName("button-link");
        add(new Paragraph(submit));

        var fields = List.of(search, district, category, status, open, sort);
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).setLabel(getTranslation(FILTERS.get(i).labelKey()));
            fields.get(i).setId(FILTERS.get(i).id());
        }
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        district.setItems(withAny(rules.districts()));
        district.setItemLabelGenerator(d -> d.isEmpty() ? getTranslation("proposals.any") : d);
        category.setItems(withAny(rules.categories().stream().map(ProposalRules.Named::code).toList()));
        category.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("proposals.any")
                : ProposalTexts.category(rules, c, getLocale()));
        status.setItems(withAny(ProposalStatus.PUBLIC.stream().map(Enum::name).toList()));
        status.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("proposals.any")
                : ProposalTexts.status(this, ProposalStatus.valueOf(s)));
        open.setItems(ANY, "open", "closed");
        open.setItemLabelGenerator(o -> getTranslation(o.isEmpty() ? "proposals.any" : "proposals." + o));
        sort.setItems(ProposalFilter.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("proposals.sort." + s.name()));
        for (var select : List.of(district, category, status, open)) {
            select.setValue(ANY);
            select.addValueChangeListener(e -> refresh());
        }
        sort.setValue(FIRST.sort());
        sort.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        var filters = new Div(search, district, category, status, open, sort);
        filters.addClassName("filters");
        filters.getElement().setAttribute("role", "search");
        add(filters);

        count.setId("proposal-count");
        count.getElement().setAttribute("aria-live", "polite");
        add(count);

        cards.setId("proposal-cards");
        add(cards);
        more.setText(getTranslation("proposals.more"));
        more.setId(MORE);
        more.addClickListener(e -> nextPage());
        add(more);
        refresh();
    }

    /**
     * Writes the list's first screen below its introduction into the page's section as this view draws it, for the
     * page's first HTML (DD48): the link
     * to the form, the six filter fields' places with their labels and what they show at first
     * ({@link FieldPlaceholder}), the count, the first page of cards ({@link ProposalCards}) and the place of "Visa
     * fler förslag" when there is a next page. Written afresh for each request from one page of
     * {@link ProposalReads#search}, so a support or a newly published proposal shows in the next answer.
     */
    static StaticHtml copy(StaticHtml html, Texts t, ProposalReads reads, Clock clock) {
        html.open("p").element("a", t.get("proposals.submit"), "href", "forslag/nytt", "class", "button-link")
                .close("p")
                .open("div", "class", "filters");
        for (var field : FILTERS) {
            String label = t.get(field.labelKey());
            html.append(field.shownKey() == null ? FieldPlaceholder.textField(label, field.id())
                    : FieldPlaceholder.select(label, t.get(field.shownKey()), field.id()));
        }
        html.close("div");
        var page = reads.search(FIRST, PageRequest.of(0, PAGE_SIZE));
        html.element("p", t.get("proposals.count", page.getTotalElements()));
        html.open("div");
        if (page.hasContent()) {
            html.append(ProposalCards.page(page.getContent(), 0, t, clock));
        }
        html.close("div");
        if (page.hasNext()) {
            html.element("span", t.get("proposals.more"), "class", "button-placeholder", "aria-hidden", "true",
                    "data-app-focus", MORE);
        }
        return html;
    }

    private ProposalFilter filter() {
        return new ProposalFilter(search.getValue(), emptyToNull(district.getValue()), emptyToNull(category.getValue()),
                status.getValue() == null || status.getValue().isEmpty() ? null : ProposalStatus.valueOf(status.getValue()),
                open.getValue() == null || open.getValue().isEmpty() ? null : "open".equals(open.getValue()),
                sort.getValue());
    }

    private void refresh() {
        shown = filter();
        pages = 0;
        cards.removeAll();
        nextPage();
    }

    /** Adds the next page of cards; after "Visa fler" the focus goes to the first new proposal's link. */
    private void nextPage() {
        var page = service.search(shown, PageRequest.of(pages, PAGE_SIZE));
        if (pages == 0) {
            // the first page's query counted the whole list
            count.setText(getTranslation("proposals.count", page.getTotalElements()));
        }
        if (page.hasContent()) {
            cards.add(ProposalCards.page(page.getContent(), pages, this::getTranslation, clock).toHtml());
            if (pages > 0) {
                getElement().executeJs("const a = document.getElementById($0);"
                        + " if (a) { a.removeAttribute('id'); a.focus(); }", ProposalCards.FIRST_NEW);
            }
        }
        pages++;
        more.setVisible(page.hasNext());
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
