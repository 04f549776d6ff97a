package se.huddinge.delaktighet.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.WebAttributes;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.TestSmtp;

/**
 * The password policy at every place a password is chosen, the administrator's one-time link for a new password
 * (through the real letter), and the login page's message when sign-in is held off.
 */
class StaffPasswordsTest extends KaribuTest {

    private static final Pattern RESET_LINK = Pattern.compile("https?://\\S+?/konto/nytt-losenord/([A-Za-z0-9_-]+)");

    @Autowired
    StaffAccountService accounts;
    @Autowired
    PasswordEncoder passwords;

    private final GreenMail smtp = new GreenMail(TestSmtp.setup());

    @BeforeEach
    void startSmtp() {
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void a_common_or_guessable_password_is_refused_at_the_field_and_nothing_is_saved() {
        login("admin", "ADMIN");
        UI.getCurrent().navigate("admin/konton");
        for (String guessable : new String[]{"password1234", "qwertyuiopasdf", "Sommar2026!!", "asa.oberg2026", "Huddinge2026!"}) {
            fillNewAccount("asa.oberg", guessable);
            _click(_get(Button.class, spec -> spec.withText("Skapa konto")));

            var password = _get(PasswordField.class, spec -> spec.withLabel("Lösenord"));
            assertThat(password.isInvalid()).as(guessable).isTrue();
            assertThat(password.getErrorMessage()).as(guessable).startsWith("Lösenordet är för lätt att gissa");
        }
        assertThat(jdbc.queryForObject("select count(*) from staff_account", Integer.class)).isZero();
    }

    @Test
    void the_municipalitys_name_a_year_and_common_words_are_refused_at_the_field_in_swedish_and_english() {
        login("admin", "ADMIN");
        UI.getCurrent().navigate("admin/konton");
        for (String guessable : new String[]{"Huddinge kommun 2026", "jättebra-lösenord-1", "Huddinge-kommun-2027",
                "Kommunen Huddinge!", "jattebra-losenord-1"}) {
            fillNewAccount("asa.oberg", guessable);
            _click(_get(Button.class, spec -> spec.withText("Skapa konto")));

            var password = _get(PasswordField.class, spec -> spec.withLabel("Lösenord"));
            assertThat(password.isInvalid()).as(guessable).isTrue();
            assertThat(password.getErrorMessage()).as(guessable).isEqualTo("Lösenordet är för lätt att gissa: det "
                    + "liknar ett vanligt lösenord, ett mönster eller ett namn, eller består av kommunens namn, ett "
                    + "årtal och vanliga ord. Välj till exempel flera ovanliga ord som inte hör ihop.");
        }

        useLanguage(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("admin/konton");
        fillNewAccount("asa.oberg", "Huddinge kommun 2026");
        _click(_get(Button.class, spec -> spec.withText("Create account")));
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Password")).getErrorMessage()).isEqualTo(
                "The password is too easy to guess: it resembles a common password, a pattern or a name, or is made of "
                        + "the name of the municipality, a year and common words. Choose, for example, several "
                        + "unrelated, uncommon words.");
        assertThat(jdbc.queryForObject("select count(*) from staff_account", Integer.class)).isZero();
    }

    @Test
    void a_password_over_72_bytes_gets_a_field_message_not_a_silent_cut() {
        login("admin", "ADMIN");
        UI.getCurrent().navigate("admin/konton");
        fillNewAccount("asa.oberg", "blåbärssylt-på-ängen-vid-sjön-är-gött-".repeat(2));
        _click(_get(Button.class, spec -> spec.withText("Skapa konto")));

        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Lösenord")).getErrorMessage())
                .startsWith("Lösenordet är för långt: det får vara högst 72 byte");
        assertThat(jdbc.queryForObject("select count(*) from staff_account", Integer.class)).isZero();
    }

    @Test
    void an_administrator_sends_a_link_by_letter_and_it_sets_a_new_password_once() throws Exception {
        accounts.createInitial(new StaffAccountService.NewAccount("leo", "Leo Ledamot", "leo@huddinge.example",
                "rostiga-kompasser-sjunger", Set.of(StaffRole.COMMITTEE)));
        login("admin", "ADMIN");
        UI.getCurrent().navigate("admin/konton");
        @SuppressWarnings("unchecked")
        Grid<StaffAccount> grid = _get(Grid.class);
        _click(_get(GridKt._getCellComponent(grid, 0, "action"), Button.class,
                spec -> spec.withText("Skicka länk för nytt lösenord")));
        expectNotifications("Ett brev med en länk för att välja nytt lösenord har skickats till leo@huddinge.example.");

        String token = tokenInLetterTo("leo@huddinge.example");
        logout();
        UI.getCurrent().navigate("konto/nytt-losenord/" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "Välj ett nytt lösenord för kontot leo. Länken fungerar en gång.")).isVisible()).isTrue();
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nytt lösenord")), "leoledamot123");
        _click(_get(Button.class, spec -> spec.withText("Spara det nya lösenordet")));
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Nytt lösenord")).getErrorMessage())
                .startsWith("Det nya lösenordet är för lätt att gissa");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nytt lösenord")), "grodor-spelar-oboe-i-natt");
        _click(_get(Button.class, spec -> spec.withText("Spara det nya lösenordet")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-result")).getText())
                .isEqualTo("Ditt nya lösenord är sparat. Logga in med det.");
        assertThat(passwords.matches("grodor-spelar-oboe-i-natt", hashOf("leo"))).isTrue();

        UI.getCurrent().navigate("konto/nytt-losenord/" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "Länken går inte längre att använda: den har redan använts, en nyare länk har skickats eller tiden "
                        + "har gått ut. Be en administratör om en ny länk.")).isVisible()).isTrue();
        // each row keeps the address the request came from (the test's browser is 127.0.0.1)
        assertThat(jdbc.queryForList("select concat(event, ' ', username, ' ', coalesce(actor, '-'), ' ', "
                + "coalesce(client_address, '-')) from staff_audit where event like 'PASSWORD%' order by id", String.class))
                .containsExactly("PASSWORD_RESET_SENT leo admin 127.0.0.1", "PASSWORD_RESET leo - 127.0.0.1");
    }

    @Test
    void a_link_stops_working_after_a_day_or_when_a_newer_one_is_sent() throws Exception {
        var leo = accounts.createInitial(new StaffAccountService.NewAccount("leo", "Leo Ledamot",
                "leo@huddinge.example", "rostiga-kompasser-sjunger", Set.of(StaffRole.COMMITTEE)));
        var service = context.getBean(StaffPasswords.class);
        login("admin", "ADMIN");
        service.sendResetLink(leo.getId());
        String first = tokenInLetterTo("leo@huddinge.example");
        clock.advance(Duration.ofMinutes(1));
        service.sendResetLink(leo.getId());
        await().until(() -> smtp.getReceivedMessages().length == 3);
        String second = token(smtp.getReceivedMessages()[2]);

        assertThat(service.resetLinkFor(first)).as("the older link").isEmpty();
        assertThat(service.resetLinkFor(second)).hasValue("leo");
        clock.advance(Duration.ofHours(24));
        assertThat(service.resetLinkFor(second)).as("its last moment").hasValue("leo");
        clock.advance(Duration.ofSeconds(1));
        assertThat(service.resetLinkFor(second)).as("a day later").isEmpty();
        assertThat(passwords.matches("rostiga-kompasser-sjunger", hashOf("leo"))).as("the old password still works")
                .isTrue();
    }

    @Test
    void the_login_page_says_plainly_when_sign_in_is_held_off() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SignInThrottled());
        UI.getCurrent().navigate("logga-in", com.vaadin.flow.router.QueryParameters.of("error", ""));

        var form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        String shown = String.valueOf(form.getElement().getPropertyRaw("i18n"));
        assertThat(shown).contains("För många misslyckade inloggningar").contains(
                "Inloggningen är spärrad en stund efter flera misslyckade försök. Vänta 15 minuter och försök igen.");
    }

    /** Fills the new-account form, its fields found by their labels in the page's language. */
    private void fillNewAccount(String username, String password) {
        var ui = UI.getCurrent();
        _setValue(_get(TextField.class, spec -> spec.withLabel(ui.getTranslation("accounts.username"))), username);
        _setValue(_get(TextField.class, spec -> spec.withLabel(ui.getTranslation("accounts.displayName"))),
                "Åsa Öberg");
        _setValue(_get(EmailField.class, spec -> spec.withLabel(ui.getTranslation("accounts.email"))),
                "asa.oberg@huddinge.example");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel(ui.getTranslation("accounts.password"))), password);
        @SuppressWarnings("unchecked")
        CheckboxGroup<StaffRole> roles = _get(CheckboxGroup.class,
                spec -> spec.withLabel(ui.getTranslation("accounts.roles")));
        _setValue(roles, Set.of(StaffRole.OFFICER));
    }

    /** The token in the password-reset letter to {@code address}, as it arrived at the SMTP server. */
    private String tokenInLetterTo(String address) throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> find(address) != null);
        return token(find(address));
    }

    private MimeMessage find(String address) throws Exception {
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)
                    && m.getSubject().equals("Välj ett nytt lösenord i Delaktighetsportalen")) {
                return m;
            }
        }
        return null;
    }

    private static String token(MimeMessage message) throws Exception {
        var multipart = (jakarta.mail.internet.MimeMultipart) message.getContent();
        String text = "";
        for (int i = 0; i < multipart.getCount(); i++) {
            text += partText(multipart.getBodyPart(i));
        }
        var m = RESET_LINK.matcher(text);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String partText(jakarta.mail.BodyPart part) throws Exception {
        if (part.getContent() instanceof jakarta.mail.internet.MimeMultipart inner) {
            String text = "";
            for (int i = 0; i < inner.getCount(); i++) {
                text += partText(inner.getBodyPart(i));
            }
            return text;
        }
        return part.isMimeType("text/plain") ? part.getContent().toString() : "";
    }

    private String hashOf(String username) {
        return jdbc.queryForObject("select password_hash from staff_account where username = ?", String.class,
                username);
    }

    private void logout() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
}
