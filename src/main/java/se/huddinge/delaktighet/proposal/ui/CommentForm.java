package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.proposal.CommentRules;
import se.huddinge.delaktighet.proposal.Comments;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.ui.FieldErrors;
import se.huddinge.delaktighet.proposal.CommentFormField;
import se.huddinge.delaktighet.proposal.ProposalException;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.security.FloodGuard;
import se.huddinge.delaktighet.security.Honeypot;

/**
 * The form for a new comment or a reply under a proposal (DD28); what it asks depends on who writes. A resident gives
 * the text, a display name and an address to prove (with the live counter, the honeypot and the flood limit); the
 * author writes through their own link; a signed-in officer replies for the municipality with the unit's name.
 */
class CommentForm extends Div {

    /** What the form uses, held by the section that makes it. */
    record Services(Comments comments, CommentRules rules, ProposalRules proposalRules, FloodGuard floods) {
    }

    private final Services services;
    private final long proposalId;
    private final String manageToken;
    private final Long parentId;
    private final Div container;
    private final Runnable staffReplied;
    private final boolean staff;
    private final TextArea text;
    private final TextField unit = new TextField();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final Checkbox notify = new Checkbox();
    private final Honeypot honeypot;
    private final Paragraph tooMany = new Paragraph();
    private final FieldErrors<CommentFormField> errors;

    /**
     * @param parentId     the comment replied to, or null for a new thread
     * @param container    what the outcome replaces
     * @param staffReplied what the section does after a staff reply (it shows the thread anew)
     */
    CommentForm(Services services, long proposalId, String manageToken, Long parentId, Div container,
                Runnable staffReplied) {
        this.services = services;
        this.proposalId = proposalId;
        this.manageToken = manageToken;
        this.parentId = parentId;
        this.container = container;
        this.staffReplied = staffReplied;
        this.staff = services.comments().actsOnCases() && manageToken == null;
        String suffix = parentId == null ? "" : "-" + parentId;
        text = new TextArea(getTranslation(parentId == null ? "comments.field.text" : "comments.field.reply"));
        text.setId("comment-text" + suffix);
        text.setRequiredIndicatorVisible(true);
        text.setWidthFull();
        text.setMaxWidth("40rem");
        text.setMinHeight("8rem");
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.addValueChangeListener(e -> counter());
        counter();
        field(unit, "comments.field.unit", "comment-unit" + suffix);
        field(name, "comments.field.name", "comment-name" + suffix);
        field(email, "comments.field.email", "comment-email" + suffix);
        notify.setLabel(getTranslation("comments.field.notify"));
        notify.setId("comment-notify" + suffix);
        honeypot = new Honeypot("comment-hp" + suffix);
        tooMany.addClassName("field-error");
        tooMany.getElement().setAttribute("role", "alert");
        var send = new Button(getTranslation(staff ? "comments.send.staff" : "comments.send"));
        send.setId("comment-send" + suffix);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (staff) {
            unit.setRequiredIndicatorVisible(true);
            add(new Paragraph(getTranslation("comments.staffIntro")), unit, text, send);
        } else if (manageToken != null) {
            add(new Paragraph(getTranslation("comments.authorIntro")), text, tooMany, send);
        } else {
            name.setRequiredIndicatorVisible(true);
            email.setRequiredIndicatorVisible(true);
            add(text, name, email, notify, honeypot, tooMany, send);
        }
        var rules = services.rules();
        errors = FieldErrors.of(this, CommentFormField.class).at(CommentFormField.TEXT, text, rules.textMax())
                .at(CommentFormField.NAME, name, rules.nameMax()).at(CommentFormField.EMAIL, email)
                .at(CommentFormField.UNIT, unit, rules.unitMax()).complete();
        send.addClickListener(e -> send());
    }

    private void field(com.vaadin.flow.component.textfield.TextFieldBase<?, ?> field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
        field.setHelperText(getTranslation(key + ".help"));
    }

    private void send() {
        errors.clear();
        tooMany.setText("");
        var comments = services.comments();
        try {
            if (staff) {
                comments.replyAsStaff(proposalId, parentId, unit.getValue(), text.getValue());
                staffReplied.run();
            } else if (manageToken != null) {
                boolean shown = comments.commentAsAuthor(manageToken, parentId, text.getValue());
                FormResult.replace(container, new H3(getTranslation("comments.author.done.title")),
                        new Paragraph(getTranslation(shown ? "comments.author.done" : "comments.author.awaiting")));
            } else {
                sendAsResident(comments);
            }
        } catch (InvalidInput ex) {
            showProblems(ex);
        } catch (ProposalException ex) {
            tooMany.setText(getTranslation("proposal.error." + ex.reason().name()));
            if (!getChildren().toList().contains(tooMany)) {
                add(tooMany);
            }
        }
    }

    private void sendAsResident(Comments comments) {
        var entry = new Comments.Form(text.getValue(), name.getValue(), email.getValue(), notify.getValue());
        comments.problems(entry).throwIfAny();
        var floods = services.floods();
        var verdict = floods.check(FloodGuard.PublicForm.COMMENT, honeypot);
        if (verdict == FloodGuard.Verdict.TOO_MANY) {
            tooMany.setText(getTranslation(FloodGuard.TOO_MANY_KEY, floods.waitMinutes(FloodGuard.PublicForm.COMMENT)));
            return;
        }
        if (verdict == FloodGuard.Verdict.SEND) {
            comments.request(proposalId, parentId, entry, getLocale());
        }
        var sent = new Paragraph(getTranslation("comments.sent", email.getValue().strip(),
                services.proposalRules().linkValidity().toHours()));
        sent.setId("comment-result");
        FormResult.replace(container, new H3(getTranslation("comments.sent.title")), sent);
    }

    private void showProblems(InvalidInput ex) {
        errors.show(ex);
    }

    private void counter() {
        int used = text.getValue() == null ? 0 : text.getValue().codePointCount(0, text.getValue().length());
        text.setHelperText(getTranslation("comments.field.text.counter", used, services.rules().textMax()));
    }
}
