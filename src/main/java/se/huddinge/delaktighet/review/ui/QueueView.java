package se.huddinge.delaktighet.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.function.IntSupplier;
import se.huddinge.delaktighet.base.ui.PagedRows;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.proposal.WaitingStep;
import se.huddinge.delaktighet.proposal.CaseFile;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * The officers' queues: awaiting moderation (oldest first, with due dates), and awaiting referral or decision. Each
 * is read a page at a time: anyone can submit a proposal, so a queue may be long.
 */
@Route("granskning/forslag")
@RolesAllowed({StaffRole.OFFICER_ROLE, StaffRole.COMMITTEE_ROLE, StaffRole.ADMIN_ROLE})
class QueueView extends PortalPage {

    private final WaitingStep waiting;

    QueueView(ProposalCaseService cases, WaitingStep waiting, SignedIn signedIn) {
        super("queue.title");
        this.waiting = waiting;
        add(new ReviewNav("granskning/forslag", signedIn));
        add(new H2(getTranslation("queue.moderation")));
        add(grid("moderation", cases::moderationQueue, cases::moderationQueueSize));
        add(new H2(getTranslation("queue.referral")));
        add(grid("referral", cases::referralAndDecisionQueue, cases::referralAndDecisionQueueSize));
    }

    private Grid<CaseFile> grid(String id, PagedRows.Page<CaseFile> page, IntSupplier count) {
        var grid = new Grid<CaseFile>();
        grid.setId(id);
        grid.addComponentColumn(p -> {
            var link = new Anchor("granskning/forslag/" + p.id(), p.reference() + " " + p.title());
            link.getElement().setAttribute("router-link", true);
            return link;
        }).setHeader(getTranslation("queue.col.proposal")).setFlexGrow(3).setKey("proposal");
        grid.addColumn(p -> getTranslation("proposal.status." + p.status().name()))
                .setHeader(getTranslation("queue.col.status")).setAutoWidth(true);
        grid.addComponentColumn(p -> dueLabel(p.due())).setHeader(getTranslation("queue.col.due"))
                .setAutoWidth(true).setKey("due");
        grid.getElement().setAttribute("aria-label", getTranslation("queue." + id));
        PagedRows.of(grid, page, count);
        return grid;
    }

    private Span dueLabel(LocalDate due) {
        return DueLabel.of(due, waiting.urgency(due), getLocale());
    }
}
