package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinService;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import se.huddinge.delaktighet.base.Anonymised;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.FieldErrors;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.proposal.CommentGroundField;
import se.huddinge.delaktighet.proposal.CommentModeration;
import se.huddinge.delaktighet.proposal.CommentRules;
import se.huddinge.delaktighet.proposal.CommentStatus;
import se.huddinge.delaktighet.proposal.CommentSubscriptions;
import se.huddinge.delaktighet.proposal.CommentThreads;
import se.huddinge.delaktighet.proposal.Comments;
import se.huddinge.delaktighet.proposal.ProposalException;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.PublicProposal;
import se.huddinge.delaktighet.security.FloodGuard;
import se.huddinge.delaktighet.security.Honeypot;

/**
 * The comments under a proposal (DD28): a page of threads (a comment and its replies, oldest first), a way to reply
 * and to report each shown comment, and the form for a new comment. A resident proves an address by a link; the
 * author writes through their own link ({@code manageToken}); a signed-in officer replies for the municipality
 * with the unit's name. Every text is shown as typed, as text.
 */
public class CommentsSection extends Section {

    private final Comments comments;
    private final CommentThreads threadsOf;
    private final CommentModeration moderation;
    private final CommentSubscriptions subscriptions;
    private final CommentRules rules;
    private final FloodGuard floods;
    private final CommentForm.Services forms;
    private final ZoneId zone;
    private final Div threads = new Div();
    private PublicProposal proposal;
    private String manageToken;
    private int page;

    CommentsSection(Comments comments, CommentThreads threadsOf, CommentModeration moderation,
                    CommentSubscriptions subscriptions, CommentRules rules, ProposalRules proposalRules,
                    FloodGuard floods, Clock clock) {
        this.comments = comments;
        this.threadsOf = threadsOf;
        this.moderation = moderation;
        this.subscriptions = subscriptions;
        this.rules = rules;
        this.floods = floods;
        this.forms = new CommentForm.Services(comments, rules, proposalRules, floods);
        this.zone = clock.getZone();
        setId("comments");
        addClassName("comments");
    }

    /** The section for a proposal's page, made by Spring (so a view adds it in one line). */
    public static CommentsSection of(PublicProposal proposal, String manageToken) {
        var section = VaadinService.getCurrent().getInstantiator().getOrCreate(CommentsSection.class);
        section.show(proposal, manageToken);
        return section;
    }

    private void show(PublicProposal p, String token) {
        this.proposal = p;
        this.manageToken = token;
        removeAll();
        var heading = new H2(getTranslation("comments.heading", threadsOf.count(p.id())));
        heading.setId("comments-heading");
        add(heading);
        boolean open = comments.open(p);
        add(new Paragraph(getTranslation(open ? (comments.preModerated() ? "comments.intro.pre" : "comments.intro.post")
                : "comments.closed")));
        if (token != null) {
            var digest = new Checkbox(getTranslation("comments.digest"), subscriptions.digestOn(token));
            digest.setId("comment-digest");
            digest.addValueChangeListener(e -> subscriptions.digest(token, e.getValue()));
            add(digest);
        }
        threads.setId("comment-threads");
        add(threads);
        showPage(Integer.MAX_VALUE);
        if (open && !(comments.actsOnCases() && token == null)) {
            // staff reply to a comment; residents and the author may also start a thread
            var form = new Div();
            form.addClassName("comment-form");
            form.add(new H3(getTranslation("comments.new")));
            form.add(newForm(null, form));
            add(form);
        }
    }

    /** Shows a page of threads; past the last, the last one (the newest comments). */
    private void showPage(int wanted) {
        var first = threadsOf.page(proposal.id(), wanted == Integer.MAX_VALUE ? 0 : wanted);
        var shown = wanted == Integer.MAX_VALUE && first.pages() > 1 ? threadsOf.page(proposal.id(), first.pages() - 1)
                : first;
        page = shown.page();
        threads.removeAll();
        if (shown.items().isEmpty()) {
            threads.add(new Paragraph(getTranslation("comments.none")));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("comment-list");
        for (var thread : shown.items()) {
            var item = new ListItem(comment(thread.comment()));
            if (!thread.replies().isEmpty()) {
                var replies = new UnorderedList();
                replies.addClassName("comment-replies");
                thread.replies().forEach(r -> replies.add(new ListItem(comment(r))));
                item.add(replies);
            }
            if (thread.comment().status() == CommentStatus.SHOWN && comments.open(proposal)) {
                item.add(replyButton(thread.comment()));
            }
            list.add(item);
        }
        threads.add(list);
        if (shown.pages() > 1) {
            threads.add(pager(shown));
        }
    }

    private Div pager(CommentThreads.Page shown) {
        var pager = new Div();
        pager.addClassName("comment-pager");
        var where = new Span(getTranslation("comments.page", shown.page() + 1, shown.pages()));
        where.setId("comment-page");
        var previous = new Button(getTranslation("comments.previous"), e -> showPage(page - 1));
        previous.setEnabled(shown.page() > 0);
        var next = new Button(getTranslation("comments.next"), e -> showPage(page + 1));
        next.setEnabled(shown.page() + 1 < shown.pages());
        pager.add(previous, where, next);
        return pager;
    }

    private Div comment(CommentThreads.PublicComment c) {
        var box = new Div();
        box.addClassName("comment");
        box.getElement().setAttribute("data-comment", String.valueOf(c.id()));
        switch (c.status()) {
            case REMOVED -> {
                box.add(new Paragraph(getTranslation("comments.removed", rules.ground(c.ground())
                        .map(g -> g.name(getLocale())).orElse(c.ground()))));
                box.addClassName("comment-removed");
                return box;
            }
            case HIDDEN -> {
                box.add(new Paragraph(getTranslation("comments.hidden")));
                box.addClassName("comment-removed");
                return box;
            }
            default -> { }
        }
        var who = new Paragraph();
        who.addClassName("comment-who");
        var name = new Span(switch (c.who()) {
            case STAFF -> getTranslation("comments.byStaff", c.name());
            case AUTHOR -> c.name() == null || c.name().isBlank() || c.name().equals(Anonymised.MARK)
                    ? getTranslation("comments.byAuthor")
                    : getTranslation("comments.byAuthorNamed", c.name());
            case RESIDENT -> c.name();
        });
        name.addClassName("comment-name");
        name.getElement().setAttribute("dir", "auto");
        who.add(name);
        if (c.at() != null) {
            who.add(new Span(" · " + Dates.longDate(c.at().atZone(zone).toLocalDate(), getLocale())));
        }
        box.add(who);
        if (c.who() != CommentThreads.Who.RESIDENT) {
            box.addClassName(c.who() == CommentThreads.Who.STAFF ? "comment-staff" : "comment-author");
        }
        for (String paragraph : c.text().split("\\R\\s*\\R")) {
            var text = new Paragraph(paragraph);
            text.addClassName("comment-text");
            text.getElement().setAttribute("dir", "auto");
            box.add(text);
        }
        if (!comments.actsOnCases()) {
            box.add(reportButton(c, box));
        }
        return box;
    }

    private Component replyButton(CommentThreads.PublicComment parent) {
        var holder = new Div();
        var reply = new Button(getTranslation("comments.reply"));
        reply.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reply.addClassName("comment-reply");
        reply.addClickListener(e -> {
            reply.setVisible(false);
            var form = new Div();
            form.addClassName("comment-form");
            form.add(new H3(getTranslation("comments.replyHeading")));
            form.add(newForm(parent.id(), form));
            holder.add(form);
            focusFirstField(form);
        });
        holder.add(reply);
        return holder;
    }

    private Component reportButton(CommentThreads.PublicComment c, Div box) {
        var report = new Button(getTranslation("comments.report"));
        report.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        report.addClassName("comment-report");
        report.addClickListener(e -> {
            report.setVisible(false);
            var ground = new ComboBox<CommentRulesGround>(getTranslation("comments.report.ground"));
            ground.setItems(rules.grounds().stream().map(CommentRulesGround::new).toList());
            ground.setItemLabelGenerator(g -> g.ground().name(getLocale()));
            ground.setRequiredIndicatorVisible(true);
            ground.setWidth("24rem");
            var honeypot = new Honeypot("report-hp-" + c.id());
            var result = new Div();
            result.getElement().setAttribute("role", "status");
            var send = new Button(getTranslation("comments.report.send"));
            send.addClassName("comment-report-send");
            var form = new Div(new H3(getTranslation("comments.report.heading")), ground, honeypot, send, result);
            form.addClassName("comment-report-form");
            var errors = FieldErrors.of(this, CommentGroundField.class).at(CommentGroundField.GROUND, ground).complete();
            send.addClickListener(ev -> {
                errors.clear();
                String code = ground.getValue() == null ? null : ground.getValue().ground().code();
                try {
                    moderation.checkReport(code);
                } catch (InvalidInput invalid) {
                    errors.show(invalid);
                    return;
                }
                var verdict = floods.check(FloodGuard.PublicForm.REPORT, honeypot);
                if (verdict == FloodGuard.Verdict.TOO_MANY) {
                    ground.setErrorMessage(getTranslation(FloodGuard.TOO_MANY_KEY,
                            floods.waitMinutes(FloodGuard.PublicForm.REPORT)));
                    ground.setInvalid(true);
                    return;
                }
                try {
                    if (verdict == FloodGuard.Verdict.SEND) {
                        moderation.report(c.id(), code);
                    }
                    FormResult.replace(form, new H3(getTranslation("comments.report.done.title")),
                            new Paragraph(getTranslation("comments.report.done")));
                } catch (ProposalException ex) {
                    ground.setErrorMessage(getTranslation("proposal.error." + ex.reason().name()));
                    ground.setInvalid(true);
                }
            });
            box.add(form);
            ground.focus();
        });
        return report;
    }

    /** A ground in the report's list (a record of the settings' ground, for the combo box's equality). */
    private record CommentRulesGround(ProposalRules.Ground ground) {
    }

    private CommentForm newForm(Long parentId, Div container) {
        return new CommentForm(forms, proposal.id(), manageToken, parentId, container, () -> show(proposal, manageToken));
    }

    private static void focusFirstField(Div form) {
        form.getChildren().flatMap(Component::getChildren).filter(TextArea.class::isInstance).findFirst()
                .map(TextArea.class::cast).ifPresent(TextArea::focus);
    }
}
