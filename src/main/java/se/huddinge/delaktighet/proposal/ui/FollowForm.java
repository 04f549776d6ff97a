package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.ui.FieldErrors;
import se.huddinge.delaktighet.base.ui.FormResult;
import se.huddinge.delaktighet.proposal.AddressFormField;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.ProposalException;
import se.huddinge.delaktighet.proposal.ProposalFollows;
import se.huddinge.delaktighet.proposal.ProposalImplementations;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalStatus;
import se.huddinge.delaktighet.proposal.PublicProposal;
import se.huddinge.delaktighet.security.FloodGuard;
import se.huddinge.delaktighet.security.Honeypot;

/**
 * "Följ förslaget" (DD29): an address, proven by a link, hears each step of the proposal without supporting it. Shown
 * while something is still to happen: not after a decision other than bifall, nor after the work on a bifall ended.
 * The answer is the same whatever the address; flood limits and a honeypot as on the support form.
 */
class FollowForm extends Div {

    FollowForm(PublicProposal p, ProposalFollows follows, ProposalImplementations implementations,
               ProposalRules rules, FloodGuard floods) {
        setId("follow-form");
        addClassName("support-form");
        if (!worthFollowing(p, implementations)) {
            setVisible(false);
            return;
        }
        var email = new EmailField(getTranslation("follow.email"));
        email.setId("follow-email");
        email.setHelperText(getTranslation("follow.email.help"));
        email.setRequiredIndicatorVisible(true);
        email.setWidth("24rem");
        email.setMaxWidth("100%");
        var honeypot = new Honeypot("follow-hp");
        var errors = FieldErrors.of(this, AddressFormField.class).at(AddressFormField.EMAIL, email).complete();
        var result = new Div();
        result.getElement().setAttribute("role", "status");
        var send = new Button(getTranslation("follow.send"));
        send.setId("follow-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            email.setInvalid(false);
            result.removeAll();
            var verdict = floods.check(FloodGuard.PublicForm.FOLLOW, honeypot);
            if (verdict == FloodGuard.Verdict.TOO_MANY) {
                email.setErrorMessage(getTranslation(FloodGuard.TOO_MANY_KEY,
                        floods.waitMinutes(FloodGuard.PublicForm.FOLLOW)));
                email.setInvalid(true);
                return;
            }
            try {
                if (verdict == FloodGuard.Verdict.SEND) {
                    follows.request(p.reference(), email.getValue(), getLocale());
                }
            } catch (InvalidInput ex) {
                errors.show(ex);
                return;
            } catch (ProposalException ex) {
                email.setErrorMessage(getTranslation("proposal.error." + ex.reason().name()));
                email.setInvalid(true);
                return;
            }
            var sent = new Paragraph(getTranslation("follow.sent", email.getValue().strip(),
                    rules.linkValidity().toHours()));
            sent.setId("follow-result");
            FormResult.replace(result, new H3(getTranslation("follow.done.title")), sent);
        });
        var intro = ProposalBelowText.Intro.follow(this::getTranslation);
        add(new H2(intro.heading()), new Paragraph(intro.text()), email, honeypot, send, result);
    }

    /** Whether the page offers to follow the proposal: something is still to happen. */
    static boolean worthFollowing(PublicProposal p, ProposalImplementations implementations) {
        if (p.status() != ProposalStatus.DECIDED) {
            return true;
        }
        return p.decision() == Decision.BIFALL && implementations.of(p.id())
                .map(r -> r.status() == null || r.status().isOpen()).orElse(true);
    }
}
