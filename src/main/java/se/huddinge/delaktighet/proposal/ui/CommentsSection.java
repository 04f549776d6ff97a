package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
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
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.VaadinService;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.i18n.Dates;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.proposal.CommentRules;
import se.huddinge.delaktighet.proposal.CommentStatus;
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
    private final CommentRules rules;
    private final ProposalRules proposalRules;
    private final FloodGuard floods;
    private final ZoneId zone;
    private final Div threads = new Div();
    private PublicProposal proposal;
    private String manageToken;
    private int page;

    CommentsSection(Comments comments, CommentRules rules, ProposalRules proposalRules, FloodGuard floods,
                    Clock clock) {
        this.comments = comments;
        this.rules = rules;
        this.proposalRules = proposalRules;
        this.floods = floods;
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
        var heading = new H2(getTranslation("comments.heading", comments.count(p.id())));
        heading.setId("comments-heading");
        add(heading);
        boolean open = comments.open(p);
        add(new Paragraph(getTranslation(open ? (comments.preModerated() ? "comments.intro.pre" : "comments.intro.post")
                : "comments.closed")));
        if (token != null) {
            var digest = new Checkbox(getTranslation("comments.digest"), comments.digestOn(token));
            digest.setId("comment-digest");
            digest.addValueChangeListener(e -> comments.digest(token, e.getValue()));
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
            form.add(form(null, form));
            add(form);
        }
    }

    /** Shows a page of threads; past the last, the last one (the newest comments). */
    private void showPage(int wanted) {
        var first = comments.page(proposal.id(), wanted == Integer.MAX_VALUE ? 0 : wanted);
        var shown = wanted == Integer.MAX_VALUE && first.pages() > 1 ? comments.page(proposal.id(), first.pages() - 1)
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

    private Div pager(Comments.Page shown) {
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

    private Div comment(Comments.PublicComment c) {
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
            case AUTHOR -> c.name() == null || c.name().isBlank() || c.name().equals(se.huddinge.delaktighet.base.Anonymised.MARK)
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
        if (c.who() != Comments.Who.RESIDENT) {
            box.addClassName(c.who() == Comments.Who.STAFF ? "comment-staff" : "comment-author");
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

    private Component replyButton(Comments.PublicComment parent) {
        var holder = new Div();
        var reply = new Button(getTranslation("comments.reply"));
        reply.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reply.addClassName("comment-reply");
        reply.addClickListener(e -> {
            reply.setVisible(false);
            var form = new Div();
            form.addClassName("comment-form");
            form.add(new H3(getTranslation("comments.replyHeading")));
            form.add(form(parent.id(), form));
            holder.add(form);
            focusFirstField(form);
        });
        holder.add(reply);
        return holder;
    }

    private Component reportButton(Comments.PublicComment c, Div box) {
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
            send.addClickListener(ev -> {
                ground.setInvalid(false);
                if (ground.getValue() == null) {
                    ground.setErrorMessage(getTranslation("comments.invalid.ground.required"));
                    ground.setInvalid(true);
                    ground.focus();
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
                        comments.report(c.id(), ground.getValue().ground().code());
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

    /** The form for a new comment ({@code parentId} null) or a reply; what it asks depends on who writes. */
    private Div form(Long parentId, Div container) {
        boolean staff = comments.actsOnCases() && manageToken == null;
        boolean author = manageToken != null;
        String suffix = parentId == null ? "" : "-" + parentId;
        var text = new TextArea(getTranslation(parentId == null ? "comments.field.text" : "comments.field.reply"));
        text.setId("comment-text" + suffix);
        text.setRequiredIndicatorVisible(true);
        text.setWidthFull();
        text.setMaxWidth("40rem");
        text.setMinHeight("8rem");
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.addValueChangeListener(e -> counter(text));
        counter(text);
        var unit = new TextField(getTranslation("comments.field.unit"));
        unit.setId("comment-unit" + suffix);
        unit.setHelperText(getTranslation("comments.field.unit.help"));
        var name = new TextField(getTranslation("comments.field.name"));
        name.setId("comment-name" + suffix);
        name.setHelperText(getTranslation("comments.field.name.help"));
        var email = new EmailField(getTranslation("comments.field.email"));
        email.setId("comment-email" + suffix);
        email.setHelperText(getTranslation("comments.field.email.help"));
        var notify = new Checkbox(getTranslation("comments.field.notify"));
        notify.setId("comment-notify" + suffix);
        var honeypot = new Honeypot("comment-hp" + suffix);
        var tooMany = new Paragraph();
        tooMany.addClassName("field-error");
        tooMany.getElement().setAttribute("role", "alert");
        var send = new Button(getTranslation(staff ? "comments.send.staff" : "comments.send"));
        send.setId("comment-send" + suffix);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div();
        if (staff) {
            unit.setRequiredIndicatorVisible(true);
            form.add(new Paragraph(getTranslation("comments.staffIntro")), unit, text, send);
        } else if (author) {
            form.add(new Paragraph(getTranslation("comments.authorIntro")), text, tooMany, send);
        } else {
            name.setRequiredIndicatorVisible(true);
            email.setRequiredIndicatorVisible(true);
            form.add(text, name, email, notify, honeypot, tooMany, send);
        }
        var fields = Map.<String, HasValidation>of("text", text, "name", name, "email", email, "unit", unit);
        send.addClickListener(e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            tooMany.setText("");
            try {
                if (staff) {
                    comments.replyAsStaff(proposal.id(), parentId, unit.getValue(), text.getValue());
                    show(proposal, manageToken);
                    return;
                }
                if (author) {
                    boolean shown = comments.commentAsAuthor(manageToken, parentId, text.getValue());
                    FormResult.replace(container, new H3(getTranslation("comments.author.done.title")),
                            new Paragraph(getTranslation(shown ? "comments.author.done" : "comments.author.awaiting")));
                    return;
                }
                var entry = new Comments.Form(text.getValue(), name.getValue(), email.getValue(), notify.getValue());
                var problems = comments.problems(entry);
                if (!problems.isEmpty()) {
                    throw new InvalidInput(problems);
                }
                var verdict = floods.check(FloodGuard.PublicForm.COMMENT, honeypot);
                if (verdict == FloodGuard.Verdict.TOO_MANY) {
                    tooMany.setText(getTranslation(FloodGuard.TOO_MANY_KEY,
                            floods.waitMinutes(FloodGuard.PublicForm.COMMENT)));
                    return;
                }
                if (verdict == FloodGuard.Verdict.SEND) {
                    comments.request(proposal.id(), parentId, entry, getLocale());
                }
                var sent = new Paragraph(getTranslation("comments.sent", email.getValue().strip(),
                        proposalRules.linkValidity().toHours()));
                sent.setId("comment-result");
                FormResult.replace(container, new H3(getTranslation("comments.sent.title")), sent);
            } catch (InvalidInput ex) {
                HasValidation first = null;
                for (var problem : ex.problems().entrySet()) {
                    var field = fields.get(problem.getKey());
                    if (field == null) {
                        continue;
                    }
                    field.setErrorMessage(getTranslation("comments.invalid." + problem.getKey() + "."
                            + problem.getValue(), limit(problem.getKey())));
                    field.setInvalid(true);
                    first = first == null ? field : first;
                }
                if (first instanceof com.vaadin.flow.component.Focusable<?> f) {
                    f.focus();
                }
            } catch (ProposalException ex) {
                tooMany.setText(getTranslation("proposal.error." + ex.reason().name()));
                if (!form.getChildren().toList().contains(tooMany)) {
                    form.add(tooMany);
                }
            }
        });
        return form;
    }

    private int limit(String field) {
        return switch (field) {
            case "name" -> rules.nameMax();
            case "unit" -> rules.unitMax();
            default -> rules.textMax();
        };
    }

    private void counter(TextArea text) {
        int used = text.getValue() == null ? 0 : text.getValue().codePointCount(0, text.getValue().length());
        text.setHelperText(getTranslation("comments.field.text.counter", used, rules.textMax()));
    }

    private static void focusFirstField(Div form) {
        form.getChildren().flatMap(Component::getChildren).filter(TextArea.class::isInstance).findFirst()
                .map(TextArea.class::cast).ifPresent(TextArea::focus);
    }
}
