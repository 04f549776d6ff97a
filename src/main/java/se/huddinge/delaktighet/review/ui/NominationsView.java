package se.huddinge.delaktighet.review.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.nomination.NominationStatus;
import se.huddinge.delaktighet.nomination.NomineeKind;
import se.huddinge.delaktighet.nomination.NominationContacts;
import se.huddinge.delaktighet.nomination.PrizeReview.MyState;
import se.huddinge.delaktighet.reporting.NominationFilter;
import se.huddinge.delaktighet.reporting.NominationFilter.Sort;
import se.huddinge.delaktighet.reporting.NominationRow;
import se.huddinge.delaktighet.reporting.StaffNominations;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * Every nomination for Demokratipriset, for staff, like the list of proposals: filters (round, status, kind of
 * nominee, and for committee members whether they have scored it), search, sort, lazy paging and CSV. Officers and
 * administrators also see the nominator and the nominee's contact, fetched for each page from
 * {@link StaffNominations#contacts}; committee members do not, and their rows have none.
 */
@Route("granskning/nomineringar")
@RolesAllowed({StaffRole.OFFICER_ROLE, StaffRole.COMMITTEE_ROLE, StaffRole.ADMIN_ROLE})
class NominationsView extends PortalPage {

    private final Clock clock;
    private final TextField text = new TextField();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<NominationStatus> status = new ComboBox<>();
    private final ComboBox<NomineeKind> kind = new ComboBox<>();
    private final ComboBox<MyState> mine = new ComboBox<>();
    /** The contact details of the rows on screen, for staff who read them. */
    private final Map<Long, NominationContacts> contacts = new HashMap<>();

    NominationsView(StaffNominations nominations, Clock clock, SignedIn signedIn) {
        super("nominations.title");
        this.clock = clock;
        add(new ReviewNav("granskning/nomineringar", signedIn));
        Filters.search(text, "nominations.search", "nominations.search.help");
        Filters.years(year, "nominations.year", clock);
        status.setLabel(getTranslation("nominations.status"));
        status.setItems(NominationStatus.CONFIRMED, NominationStatus.TOO_LATE);
        status.setItemLabelGenerator(s -> getTranslation("nominations.status." + s.name()));
        kind.setLabel(getTranslation("nominations.kind"));
        kind.setItems(NomineeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("prize.kind." + k.name()));
        mine.setLabel(getTranslation("nominations.mine"));
        mine.setItems(MyState.values());
        mine.setItemLabelGenerator(s -> getTranslation("review.prize.state." + s.name()));
        var list = new StaffList<NominationFilter, NominationRow>(this, "nominations", "nominations.title",
                "nominations.total", "nomineringar", clock, this::filter, nominations);
        boolean scores = signedIn.is(StaffRole.COMMITTEE);
        if (scores) {
            list.filterBy(text, year, status, kind, mine);
        } else {
            list.filterBy(text, year, status, kind);
        }
        configureGrid(list.grid(), scores);
        if (signedIn.readsResidentAddresses()) {
            list.onPage(rows -> contacts.putAll(nominations.contacts(rows.stream().map(NominationRow::id).toList())));
            addContactColumns(list.grid());
        }
        add(list.components());
    }

    private void configureGrid(Grid<NominationRow> grid, boolean scores) {
        // one confirmed too late has no number and no review page: its nominee, not a link
        grid.addComponentColumn(n -> n.reference() == null ? new Span(n.nomineeName())
                        : Filters.link("granskning/pris/nominering/" + n.id(), n.reference() + " " + n.nomineeName()))
                .setHeader(getTranslation("nominations.nominee")).setKey(Sort.NOMINEE.name()).setSortable(true)
                .setFlexGrow(3);
        grid.addColumn(NominationRow::year).setHeader(getTranslation("nominations.year")).setAutoWidth(true);
        grid.addColumn(n -> getTranslation("prize.kind." + n.kind().name()))
                .setHeader(getTranslation("nominations.kind")).setAutoWidth(true);
        grid.addColumn(n -> getTranslation("nominations.status." + n.status().name()))
                .setHeader(getTranslation("nominations.status")).setAutoWidth(true);
        grid.addColumn(n -> Dates.longDate(LocalDate.ofInstant(n.submittedAt(), clock.getZone()), getLocale()))
                .setHeader(getTranslation("nominations.submitted")).setKey(Sort.SUBMITTED.name()).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(NominationRow::reviews).setHeader(getTranslation("nominations.reviews")).setAutoWidth(true);
        if (scores) {
            grid.addColumn(n -> getTranslation("review.prize.state." + n.mine().name()))
                    .setHeader(getTranslation("nominations.mine")).setKey("mine").setAutoWidth(true);
        }
    }

    private void addContactColumns(Grid<NominationRow> grid) {
        grid.addColumn(n -> contact(n).nominatorName()).setHeader(getTranslation("nominations.nominator"))
                .setKey("nominator").setAutoWidth(true);
        grid.addColumn(n -> contact(n).nominatorEmail()).setHeader(getTranslation("nominations.nominatorEmail"))
                .setKey("nominatorEmail").setAutoWidth(true);
        grid.addColumn(n -> contact(n).nomineeContact()).setHeader(getTranslation("nominations.nomineeContact"))
                .setKey("nomineeContact").setAutoWidth(true);
    }

    private NominationContacts contact(NominationRow n) {
        return contacts.getOrDefault(n.id(), new NominationContacts(null, null, null, null));
    }

    private NominationFilter filter(List<QuerySortOrder> orders) {
        var base = new NominationFilter(text.getValue(), year.getValue(), status.getValue(), kind.getValue(),
                mine.getValue(), Sort.SUBMITTED, false);
        return Filters.sorted(base, orders, Sort.class, base::sortedBy);
    }
}
