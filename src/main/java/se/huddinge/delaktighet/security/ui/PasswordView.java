package se.huddinge.delaktighet.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.security.PasswordPolicy;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffPasswords;
import se.huddinge.delaktighet.security.StaffPasswords.PasswordProblem;
import se.huddinge.delaktighet.security.StaffPasswords.PasswordRefused;

/** A signed-in member of staff changes their own password (the first administrator's comes from the operator). */
@Route("konto/losenord")
@PermitAll
class PasswordView extends PortalPage {

    PasswordView(StaffPasswords accounts, SignedIn signedIn) {
        super("password.title");
        if (signedIn.throughProvider()) {
            // signed in through the municipality's provider: there is no portal password to change
            add(new Paragraph(getTranslation("password.oidc")));
            return;
        }
        var current = new PasswordField(getTranslation("password.current"));
        var next = new PasswordField(getTranslation("password.new"));
        next.setHelperText(getTranslation("security.password.help", PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.MAX_BYTES));
        var result = new Paragraph();
        result.setId("password-result");
        result.getElement().setAttribute("role", "status");
        var save = new Button(getTranslation("password.save"), e -> {
            current.setInvalid(false);
            next.setInvalid(false);
            try {
                accounts.changeOwnPassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                result.setText(getTranslation("password.changed"));
            } catch (PasswordRefused ex) {
                var field = ex.problem() == PasswordProblem.WRONG_CURRENT ? current : next;
                field.setErrorMessage(getTranslation("password.problem." + ex.problem().name(),
                        PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES));
                field.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(current, next, save);
        form.setMaxWidth("32rem");
        add(form, result);
    }
}
