package se.huddinge.delaktighet.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.stream.Collectors;
import se.huddinge.delaktighet.base.Rows;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.base.ui.PagedRows;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.proposal.CommentRules;
import se.huddinge.delaktighet.proposal.CommentStatus;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.ui.FieldErrors;
import se.huddinge.delaktighet.proposal.CommentGroundField;
import se.huddinge.delaktighet.proposal.CommentModeration;
import se.huddinge.delaktighet.proposal.CommentThreads;
import se.huddinge.delaktighet.proposal.Comments;
import se.huddinge.delaktighet.proposal.ProposalException;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.WaitingStep;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * The officers' queue of comments (DD28): those waiting for approval (pre-moderation) and those reported, the
 * earliest due date first, read a page at a time. An officer shows a comment, or removes it on a standard ground
 * (the writer gets a letter); each step is kept in the audit trail.
 */
@Route("granskning/kommentarer")
@RolesAllowed({StaffRole.OFFICER_ROLE, StaffRole.ADMIN_ROLE})
class CommentQueueView extends PortalPage {

    private final CommentModeration comments;
    private final CommentRules rules;
    private final WaitingStep waiting;
    private final Grid<CommentModeration.Waiting> grid = new Grid<>();
    private final PagedRows<CommentModeration.Waiting> rows;
    private final Div review = new Div();

    CommentQueueView(CommentModeration comments, CommentRules rules, WaitingStep waiting, SignedIn signedIn) {
        super("commentQueue.title");
        this.comments = comments;
        this.rules = rules;
        this.waiting = waiting;
        add(new ReviewNav("granskning/kommentarer", signedIn));
        add(new Paragraph(getTranslation("commentQueue.intro", rules.reviewWorkingDays(), rules.reportsToHide())));
        grid.setId("comment-queue");
        grid.getElement().setAttribute("aria-label", getTranslation("commentQueue.title"));
        grid.addComponentColumn(w -> {
            var link = new Anchor("forslag/" + w.reference() + "#comments", w.reference() + " " + w.title());
            link.getElement().setAttribute("router-link", true);
            return link;
        }).setHeader(getTranslation("commentQueue.col.proposal")).setFlexGrow(2);
        grid.addColumn(w -> excerpt(w.text())).setHeader(getTranslation("commentQueue.col.comment")).setFlexGrow(3);
        grid.addColumn(this::reason).setHeader(getTranslation("commentQueue.col.reason")).setFlexGrow(2)
                .setKey("reason");
        grid.addComponentColumn(w -> DueLabel.of(w.due(), waiting.urgency(w.due()), getLocale()))
                .setHeader(getTranslation("queue.col.due")).setAutoWidth(true).setKey("due");
        grid.addComponentColumn(w -> {
            var open = new Button(getTranslation("commentQueue.review"), e -> open(w));
            open.getElement().setAttribute("aria-label", getTranslation("commentQueue.reviewOne", w.reference(),
                    excerpt(w.text())));
            return open;
        }).setHeader(getTranslation("commentQueue.col.action")).setAutoWidth(true).setKey("action");
        rows = PagedRows.of(grid, (offset, limit) -> comments.queue(Rows.of(offset, limit)), comments::queueSize);
        review.setId("comment-review");
        add(grid, review);
    }

    private String reason(CommentModeration.Waiting w) {
        if (w.status() == CommentStatus.AWAITING) {
            return getTranslation("commentQueue.awaiting");
        }
        String grounds = w.reportedGrounds() == null ? "" : Arrays.stream(w.reportedGrounds().split(","))
                .map(code -> rules.ground(code).map(g -> g.name(getLocale())).orElse(code))
                .collect(Collectors.joining(", "));
        return getTranslation(w.status() == CommentStatus.HIDDEN ? "commentQueue.hidden" : "commentQueue.reported",
                w.reports(), grounds);
    }

    private static String excerpt(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }

    private void open(CommentModeration.Waiting w) {
        review.removeAll();
        var heading = new H2(getTranslation("commentQueue.reviewHeading", w.reference()));
        var who = new Paragraph(getTranslation("commentQueue.writer", w.who() == CommentThreads.Who.AUTHOR
                ? getTranslation("comments.byAuthor") + (w.name().isBlank() ? "" : " (" + w.name() + ")") : w.name()));
        var text = new Paragraph(w.text());
        text.addClassName("comment-text");
        text.getElement().setAttribute("dir", "auto");
        var show = new Button(getTranslation(w.status() == CommentStatus.AWAITING ? "commentQueue.approve"
                : "commentQueue.keep"));
        show.setId("comment-approve");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickListener(e -> act(() -> comments.approve(w.id()), "commentQueue.approved"));
        var ground = new ComboBox<ProposalRules.Ground>(getTranslation("commentQueue.ground"));
        ground.setId("comment-ground");
        ground.setItems(rules.grounds());
        ground.setItemLabelGenerator(g -> g.name(getLocale()));
        ground.setWidth("24rem");
        var explanation = new Paragraph();
        ground.addValueChangeListener(e -> explanation.setText(e.getValue() == null ? ""
                : e.getValue().explanation(getLocale())));
        var remove = new Button(getTranslation("commentQueue.remove"));
        remove.setId("comment-remove");
        var errors = FieldErrors.of(this, CommentGroundField.class).at(CommentGroundField.GROUND, ground).complete();
        remove.addClickListener(e -> {
            try {
                errors.clear();
                act(() -> comments.remove(w.id(), ground.getValue() == null ? null : ground.getValue().code()),
                        "commentQueue.removed");
            } catch (InvalidInput ex) {
                errors.show(ex);
            }
        });
        review.add(heading, who, text, show, new H3(getTranslation("commentQueue.removeHeading")), ground,
                explanation, remove);
        FormResult.focus(heading);
    }

    private void act(Runnable step, String doneKey) {
        try {
            step.run();
            FormResult.replace(review, getTranslation(doneKey));
        } catch (ProposalException e) {
            FormResult.replace(review, getTranslation("case.conflict"));
        }
        rows.refresh();
    }
}
