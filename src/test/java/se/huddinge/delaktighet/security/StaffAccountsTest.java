package se.huddinge.delaktighet.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.security.internal.StaffAuditEntry;

class StaffAccountsTest extends KaribuTest {

    @Autowired
    StaffAccountService accounts;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void an_administrator_creates_an_account_whose_password_is_stored_as_a_bcrypt_hash() {
        login("admin", "ADMIN");
        UI.getCurrent().navigate("admin/konton");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Användarnamn")), "asa.oberg");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Namn")), "Åsa Öberg");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-post")), "asa.oberg@huddinge.example");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Lösenord")), "rostiga-kompasser-sjunger");
        @SuppressWarnings("unchecked")
        CheckboxGroup<StaffRole> roles = _get(CheckboxGroup.class, spec -> spec.withLabel("Roller"));
        _setValue(roles, Set.of(StaffRole.OFFICER));
        _click(_get(Button.class, spec -> spec.withText("Skapa konto")));

        String hash = jdbc.queryForObject("select password_hash from staff_account where username = 'asa.oberg'",
                String.class);
        assertThat(hash).startsWith("$2a$").doesNotContain("rostiga-kompasser-sjunger");
        assertThat(passwords.matches("rostiga-kompasser-sjunger", hash)).isTrue();
        @SuppressWarnings("unchecked")
        Grid<StaffAccount> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).getDisplayName()).isEqualTo("Åsa Öberg");
    }

    @Test
    void bad_input_is_marked_at_each_field_and_nothing_is_saved() {
        login("admin", "ADMIN");
        UI.getCurrent().navigate("admin/konton");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Användarnamn")), "<script>");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Lösenord")), "kort");
        _click(_get(Button.class, spec -> spec.withText("Skapa konto")));

        var username = _get(TextField.class, spec -> spec.withLabel("Användarnamn"));
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).startsWith("Ange ett användarnamn");
        var password = _get(PasswordField.class, spec -> spec.withLabel("Lösenord"));
        assertThat(password.getErrorMessage()).isEqualTo("Lösenordet måste ha minst 12 tecken.");
        assertThat(_get(EmailField.class, spec -> spec.withLabel("E-post")).isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from staff_account", Integer.class)).isZero();
    }

    @Test
    void a_disabled_account_can_no_longer_sign_in() {
        var account = accounts.createInitial(new StaffAccountService.NewAccount("leo", "Leo", "leo@huddinge.example",
                "rostiga-kompasser-sjunger", Set.of(StaffRole.COMMITTEE)));
        login("admin", "ADMIN");
        UI.getCurrent().navigate("admin/konton");

        @SuppressWarnings("unchecked")
        Grid<StaffAccount> grid = _get(Grid.class);
        var toggle = _get(GridKt._getCellComponent(grid, 0, "action"), Button.class,
                spec -> spec.withText("Stäng av"));
        assertThat(toggle.getText()).isEqualTo("Stäng av");
        _click(toggle);

        var details = context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
                .loadUserByUsername("leo");
        assertThat(details.isEnabled()).isFalse();
        assertThat(jdbc.queryForObject("select enabled from staff_account where id = ?", Boolean.class,
                account.getId())).isFalse();
        assertThat(jdbc.queryForObject("select concat(event, ' ', username, ' by ', actor) from staff_audit "
                + "where event = 'ACCOUNT_DISABLED'", String.class)).isEqualTo("ACCOUNT_DISABLED leo by admin");
    }

    @Test
    void an_administrator_reads_who_signed_in_and_who_changed_what_newest_first() {
        var leo = accounts.createInitial(new StaffAccountService.NewAccount("leo", "Leo", "leo@huddinge.example",
                "rostiga-kompasser-sjunger", Set.of(StaffRole.COMMITTEE)));
        context.getBean(StaffAudit.class).record(StaffAuditEvent.SIGN_IN_FAILED, "leo", "198.51.100.4");
        clock.advance(java.time.Duration.ofMinutes(1));
        login("admin", "ADMIN");
        accounts.setEnabled(leo.getId(), false);
        UI.getCurrent().navigate("admin/inloggningar");

        @SuppressWarnings("unchecked")
        Grid<StaffAuditEntry> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt.getPresentationValue(grid.getColumns().get(1), GridKt._get(grid, 0)))
                .isEqualTo("Konto avstängt");
        assertThat(GridKt._get(grid, 0).getActor()).isEqualTo("admin");
        assertThat(GridKt.getPresentationValue(grid.getColumns().get(1), GridKt._get(grid, 1)))
                .isEqualTo("Misslyckad inloggning");
        assertThat(GridKt._get(grid, 1).getClientAddress()).isEqualTo("198.51.100.4");
        assertThat(GridKt.getPresentationValue(grid.getColumns().get(0), GridKt._get(grid, 1)))
                .isEqualTo("2026-03-02 09:00:00");
    }

    @Test
    void an_officer_cannot_open_the_account_page() {
        login("handlaggare", "OFFICER");

        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/konton"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void the_service_refuses_an_officer_even_without_the_view() {
        login("handlaggare", "OFFICER");

        assertThatThrownBy(() -> accounts.create(new StaffAccountService.NewAccount("x1", "X", "x@huddinge.example",
                "rostiga-kompasser-sjunger", Set.of(StaffRole.ADMIN))))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    @Test
    void a_member_of_staff_changes_their_own_password_after_giving_the_current_one() {
        accounts.createInitial(new StaffAccountService.NewAccount("leo", "Leo", "leo@huddinge.example",
                "rostiga-kompasser-sjunger", Set.of(StaffRole.COMMITTEE)));
        login("leo", "COMMITTEE");
        UI.getCurrent().navigate("konto/losenord");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nuvarande lösenord")), "fel-losenord-123");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nytt lösenord")), "ett-annat-langt-losenord");
        _click(_get(Button.class, spec -> spec.withText("Spara det nya lösenordet")));
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Nuvarande lösenord")).getErrorMessage())
                .isEqualTo("Det nuvarande lösenordet stämmer inte.");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nuvarande lösenord")),
                "rostiga-kompasser-sjunger");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nytt lösenord")), "kort");
        _click(_get(Button.class, spec -> spec.withText("Spara det nya lösenordet")));
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Nytt lösenord")).getErrorMessage())
                .isEqualTo("Det nya lösenordet måste ha minst 12 tecken.");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nuvarande lösenord")),
                "rostiga-kompasser-sjunger");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nytt lösenord")),
                "blåbärssylt-på-ängen-vid-sjön-är-gott-och-lingon-också-fast-suraxy");
        _click(_get(Button.class, spec -> spec.withText("Spara det nya lösenordet")));
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Nytt lösenord")).getErrorMessage())
                .isEqualTo("Det nya lösenordet är för långt: det får vara högst 72 byte (å, ä och ö räknas som två).");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nuvarande lösenord")),
                "rostiga-kompasser-sjunger");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nytt lösenord")), "ett-annat-langt-losenord");
        _click(_get(Button.class, spec -> spec.withText("Spara det nya lösenordet")));
        String hash = jdbc.queryForObject("select password_hash from staff_account where username = 'leo'", String.class);
        assertThat(passwords.matches("ett-annat-langt-losenord", hash)).isTrue();
        assertThat(passwords.matches("rostiga-kompasser-sjunger", hash)).isFalse();
    }
}
