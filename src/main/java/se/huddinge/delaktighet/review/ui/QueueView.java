package se.huddinge.delaktighet.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.proposal.Proposal;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalDeadlines;

/** The officers' queues: awaiting moderation (oldest first, with due dates), and awaiting referral or decision. */
@Route("granskning/forslag")
@RolesAllowed({"OFFICER", "COMMITTEE", "ADMIN"})
class QueueView extends PortalPage {

    private final Clock clock;
    private final LocalDate soon;

    QueueView(ProposalCaseService cases, ProposalDeadlines deadlines, Clock clock) {
        super("queue.title");
        this.clock = clock;
        this.soon = deadlines.dueSoonUntil();
        add(new H2(getTranslation("queue.moderation")));
        add(grid(cases.moderationQueue(), "moderation", Proposal::getModerationDue));
        add(new H2(getTranslation("queue.referral")));
        add(grid(cases.referralAndDecisionQueue(), "referral", ServiceLevelDates::due));
    }

    private Grid<Proposal> grid(List<Proposal> items, String id, java.util.function.Function<Proposal, LocalDate> due) {
        var grid = new Grid<Proposal>();
        grid.setId(id);
        grid.addComponentColumn(p -> {
            var link = new Anchor("granskning/forslag/" + p.getId(), p.getReference() + " " + p.getTitle());
            link.getElement().setAttribute("router-link", true);
            return link;
        }).setHeader(getTranslation("queue.col.proposal")).setFlexGrow(3).setKey("proposal");
        grid.addColumn(p -> getTranslation("proposal.status." + p.getStatus().name()))
                .setHeader(getTranslation("queue.col.status")).setAutoWidth(true);
        grid.addComponentColumn(p -> dueLabel(due.apply(p))).setHeader(getTranslation("queue.col.due"))
                .setAutoWidth(true).setKey("due");
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("queue." + id));
        return grid;
    }

    private Span dueLabel(LocalDate due) {
        if (due == null) {
            return new Span("");
        }
        boolean overdue = LocalDate.now(clock).isAfter(due);
        boolean dueSoon = !overdue && !due.isAfter(soon);
        String marker = overdue ? " – " + getTranslation("queue.overdue")
                : dueSoon ? " – " + getTranslation("queue.dueSoon") : "";
        var label = new Span(Dates.longDate(due, getLocale()) + marker);
        if (overdue || dueSoon) {
            label.addClassName("attention");
        }
        return label;
    }
}
