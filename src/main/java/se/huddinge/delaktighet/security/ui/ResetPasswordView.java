package se.huddinge.delaktighet.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.security.PasswordPolicy;
import se.huddinge.delaktighet.security.StaffPasswords;
import se.huddinge.delaktighet.security.StaffPasswords.PasswordProblem;
import se.huddinge.delaktighet.security.StaffPasswords.PasswordRefused;
import se.huddinge.delaktighet.base.ui.NotForSearchEngines;

/**
 * A member of staff chooses a new password through the link an administrator sent. Opening the link uses nothing
 * (a mail scanner may open it); the link is used up when the new password is saved.
 */
@Route("konto/nytt-losenord")
@AnonymousAllowed
@NotForSearchEngines
class ResetPasswordView extends PortalPage implements HasUrlParameter<String> {

    private final StaffPasswords passwords;
    private final Paragraph result = new Paragraph();
    private final Div body = new Div();

    ResetPasswordView(StaffPasswords passwords) {
        super("reset.title");
        this.passwords = passwords;
        result.setId("reset-result");
        result.getElement().setAttribute("role", "status");
        add(body);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String token) {
        body.removeAll();
        var username = passwords.resetLinkFor(token);
        if (username.isEmpty()) {
            body.add(new Paragraph(getTranslation("reset.invalid")));
            return;
        }
        body.add(new Paragraph(getTranslation("reset.intro", username.get())));
        var next = new PasswordField(getTranslation("password.new"));
        next.setHelperText(getTranslation("security.password.help", PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.MAX_BYTES));
        var save = new Button(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(next, save);
        form.setMaxWidth("32rem");
        save.addClickListener(e -> {
            next.setInvalid(false);
            try {
                passwords.resetWithLink(token, next.getValue());
                form.setVisible(false);
                result.setText(getTranslation("reset.done"));
                body.add(new Anchor("logga-in", getTranslation("login.formTitle")));
            } catch (PasswordRefused ex) {
                if (ex.problem() == PasswordProblem.LINK_INVALID) {
                    form.setVisible(false);
                    result.setText(getTranslation("reset.invalid"));
                } else {
                    next.setErrorMessage(getTranslation("password.problem." + ex.problem().name(),
                            PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES));
                    next.setInvalid(true);
                }
            }
        });
        body.add(form, result);
    }
}
