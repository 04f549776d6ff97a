package se.huddinge.delaktighet.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.stream.Collectors;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.ui.FieldErrors;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.security.AccountFormField;
import se.huddinge.delaktighet.security.PasswordPolicy;
import se.huddinge.delaktighet.security.StaffAccount;
import se.huddinge.delaktighet.security.StaffPasswords;
import se.huddinge.delaktighet.security.StaffAccountService;
import se.huddinge.delaktighet.security.StaffAccountService.NewAccount;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * Administrators create staff accounts, disable them when someone leaves, and send a member of staff a one-time
 * link by letter to choose a new password.
 */
@Route("admin/konton")
@RolesAllowed(StaffRole.ADMIN_ROLE)
class StaffAccountsView extends PortalPage {

    private final StaffAccountService service;
    private final StaffPasswords passwords;
    private final Grid<StaffAccount> grid = new Grid<>(StaffAccount.class, false);
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final CheckboxGroup<StaffRole> roles = new CheckboxGroup<>();
    private final FieldErrors<AccountFormField> errors = FieldErrors.of(this, AccountFormField.class)
            .at(AccountFormField.USERNAME, username).at(AccountFormField.DISPLAY_NAME, displayName)
            .at(AccountFormField.EMAIL, email)
            .at(AccountFormField.PASSWORD, password, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES)
            .at(AccountFormField.ROLES, roles).complete();

    StaffAccountsView(StaffAccountService service, StaffPasswords passwords) {
        super("accounts.title");
        this.service = service;
        this.passwords = passwords;
        var auditLink = new Anchor("admin/inloggningar", getTranslation("staffaudit.link"));
        add(new H2(getTranslation("accounts.new")), form(), new H2(getTranslation("accounts.list")),
                new Paragraph(auditLink), grid());
        refresh();
    }

    private FormLayout form() {
        username.setLabel(getTranslation("accounts.username"));
        username.setHelperText(getTranslation("accounts.username.help"));
        displayName.setLabel(getTranslation("accounts.displayName"));
        email.setLabel(getTranslation("accounts.email"));
        password.setLabel(getTranslation("accounts.password"));
        password.setHelperText(getTranslation("security.password.help", PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.MAX_BYTES));
        roles.setLabel(getTranslation("accounts.roles"));
        roles.setItems(StaffRole.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        var create = new Button(getTranslation("accounts.create"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(username, displayName, email, password, roles, create);
        form.setMaxWidth("48rem");
        return form;
    }

    private Grid<StaffAccount> grid() {
        grid.addColumn(StaffAccount::getUsername).setHeader(getTranslation("accounts.username")).setAutoWidth(true);
        grid.addColumn(StaffAccount::getDisplayName).setHeader(getTranslation("accounts.displayName")).setAutoWidth(true);
        grid.addColumn(StaffAccount::getEmail).setHeader(getTranslation("accounts.email")).setAutoWidth(true);
        grid.addColumn(a -> a.getRoles().stream().sorted(Comparator.naturalOrder())
                .map(r -> getTranslation("role." + r.name())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("accounts.roles"));
        grid.addColumn(a -> getTranslation(a.isEnabled() ? "accounts.active" : "accounts.disabled"))
                .setHeader(getTranslation("accounts.state"));
        grid.addComponentColumn(a -> {
            var toggle = new Button(getTranslation(a.isEnabled() ? "accounts.disable" : "accounts.enable"), e -> {
                try {
                    service.setEnabled(a.getId(), !a.isEnabled());
                    refresh();
                } catch (StaffAccountService.OwnAccount ex) {
                    Notification.show(getTranslation("accounts.cannotDisableSelf"));
                }
            });
            toggle.getElement().setAttribute("aria-label",
                    getTranslation(a.isEnabled() ? "accounts.disable" : "accounts.enable") + " " + a.getUsername());
            var reset = new Button(getTranslation("accounts.resetPassword"), e -> {
                passwords.sendResetLink(a.getId());
                Notification.show(getTranslation("accounts.resetSent", a.getEmail()));
            });
            reset.getElement().setAttribute("aria-label",
                    getTranslation("accounts.resetPassword") + " " + a.getUsername());
            reset.setEnabled(a.isEnabled());
            return new HorizontalLayout(toggle, reset);
        }).setHeader(getTranslation("accounts.action")).setKey("action");
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void create() {
        errors.clear();
        try {
            var account = service.create(new NewAccount(username.getValue(), displayName.getValue(), email.getValue(),
                    password.getValue(), roles.getValue()));
            Notification.show(getTranslation("accounts.created", account.getUsername()));
            username.clear();
            displayName.clear();
            email.clear();
            password.clear();
            roles.clear();
            refresh();
        } catch (InvalidInput e) {
            errors.show(e);
        }
    }

    private void refresh() {
        grid.setItems(service.list());
    }
}
