package se.huddinge.delaktighet.review.ui;

import java.time.Clock;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.reporting.AuditTrail;
import se.huddinge.delaktighet.reporting.AuditTrail.Entry;
import se.huddinge.delaktighet.reporting.AuditTrail.Kind;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/** For administrators: every decision and every change of a setting, account or letter template, newest first. */
@Route("granskning/logg")
@RolesAllowed(StaffRole.ADMIN_ROLE)
class AuditView extends PortalPage {

    private final ProposalRules rules;
    private final ComboBox<Kind> kind = new ComboBox<>();
    private final TextField actor = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Paragraph total = new Paragraph();
    private final Grid<Entry> grid = new Grid<>();

    AuditView(AuditTrail trail, ProposalRules rules, Clock clock, SignedIn signedIn) {
        super("audit.title");
        this.rules = rules;
        add(new ReviewNav("granskning/logg", signedIn));
        kind.setLabel(getTranslation("audit.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("audit.kind." + k.name()));
        actor.setLabel(getTranslation("audit.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        var filters = new Div(kind, actor, from, to);
        filters.addClassName("filters");
        total.setId("audit-total");
        total.getElement().setAttribute("aria-live", "polite");
        add(filters, total);

        grid.setId("audit");
        grid.getElement().setAttribute("aria-label", getTranslation("audit.title"));
        grid.addColumn(e -> Dates.dateTime(e.at().atZone(clock.getZone()), getLocale()))
                .setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(Entry::actor).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.kind." + e.kind().name()) + ": " + e.subject())
                .setHeader(getTranslation("audit.what")).setAutoWidth(true);
        grid.addColumn(e -> value(e, e.before())).setHeader(getTranslation("audit.before")).setFlexGrow(1);
        grid.addColumn(e -> value(e, e.after()) + note(e)).setHeader(getTranslation("audit.after")).setFlexGrow(1);
        grid.setPageSize(50);
        grid.setItems(q -> trail.page(filter(), q.getOffset(), q.getLimit()).stream(), q -> {
            int n = trail.count(filter());
            total.setText(getTranslation("audit.total", n));
            return n;
        });
        add(grid);
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }

    private AuditTrail.Filter filter() {
        return new AuditTrail.Filter(kind.getValue(), actor.getValue(), from.getValue(), to.getValue());
    }

    /** A kept value in words: a proposal's status by its name, a template's default as "the standard text". */
    private String value(Entry e, String value) {
        return switch (e.kind()) {
            case DECISION -> value == null ? "" : getTranslation("proposal.status." + value);
            case TEMPLATE -> value == null || value.isBlank() ? getTranslation("audit.defaultText") : value;
            case ACCOUNT -> value == null ? "" : switch (value) {
                case "enabled", "disabled" -> getTranslation("audit.value." + value);
                default -> value.startsWith("created: ")
                        ? getTranslation("audit.created") + ": " + value.substring("created: ".length()) : value;
            };
            default -> value == null ? "" : value;
        };
    }

    /** The ground or the outcome of a decision by its name, the committee and case number as kept. */
    private String note(Entry e) {
        if (e.note() == null) {
            return "";
        }
        String named = switch (e.after() == null ? "" : e.after()) {
            case "NOT_PUBLISHED" -> rules.ground(e.note()).map(g -> g.name(getLocale())).orElse(e.note());
            case "DECIDED" -> getTranslation("proposal.decision." + e.note());
            default -> e.note();
        };
        return " – " + named;
    }
}
