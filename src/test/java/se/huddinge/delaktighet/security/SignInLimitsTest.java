package se.huddinge.delaktighet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Password guessing at the staff login form, over HTTP as a script would do it: after 5 failures for a username, or
 * 20 from a client address, within 15 minutes, even the right password is refused until the window has passed —
 * and the answer is the same whether the username exists or not. Every attempt is in the audit.
 */
class SignInLimitsTest extends RunningPortalTest {

    private static final String PASSWORD = "rostiga-kompasser-sjunger";
    private static final String SIGNED_IN = "/";
    private static final String REFUSED = "/logga-in?error";
    private static final String FORM = "application/x-www-form-urlencoded";

    @BeforeEach
    void hanna() {
        accounts.createInitial(new StaffAccountService.NewAccount("hanna", "Hanna Handläggare",
                "hanna@huddinge.example", PASSWORD, Set.of(StaffRole.OFFICER)));
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_until_the_window_has_passed() {
        for (int i = 0; i < 5; i++) {
            assertThat(location(visitor().from("198.51.100.1").signIn("hanna", "fel-losenord-" + i)))
                    .isEqualTo(REFUSED);
        }

        assertThat(location(visitor().from("198.51.100.2").signIn("hanna", PASSWORD))).isEqualTo(REFUSED);
        assertThat(count("SIGN_IN_THROTTLED", "hanna")).isEqualTo(1);

        clock.advance(Duration.ofMinutes(15));
        assertThat(location(visitor().from("198.51.100.2").signIn("hanna", PASSWORD))).isEqualTo(SIGNED_IN);
    }

    @Test
    void a_sign_in_clears_the_count_of_earlier_failures() {
        for (int i = 0; i < 4; i++) {
            visitor().signIn("hanna", "fel-losenord-" + i);
        }
        assertThat(location(visitor().signIn("hanna", PASSWORD))).isEqualTo(SIGNED_IN);
        for (int i = 0; i < 4; i++) {
            visitor().signIn("hanna", "fel-losenord-" + i);
        }
        assertThat(location(visitor().signIn("hanna", PASSWORD))).isEqualTo(SIGNED_IN);
    }

    @Test
    void a_username_that_does_not_exist_gets_exactly_the_same_answers() {
        for (int i = 0; i < 6; i++) {
            var existing = visitor().signIn("hanna", "fel-losenord-" + i);
            var unknown = visitor().signIn("hannah", "fel-losenord-" + i);
            assertThat(unknown.statusCode()).isEqualTo(existing.statusCode());
            assertThat(location(unknown)).isEqualTo(location(existing)).isEqualTo(REFUSED);
        }
        assertThat(count("SIGN_IN_THROTTLED", "hanna")).isEqualTo(1);
        assertThat(count("SIGN_IN_THROTTLED", "hannah")).isEqualTo(1);
    }

    @Test
    void one_address_trying_many_usernames_is_held_off_while_other_addresses_sign_in() {
        var guesser = visitor().from("203.0.113.7");
        for (int i = 0; i < 20; i++) {
            assertThat(location(guesser.signIn("user" + i, "gissning-nummer-" + i))).isEqualTo(REFUSED);
        }

        assertThat(location(visitor().from("203.0.113.7").signIn("hanna", PASSWORD))).isEqualTo(REFUSED);
        assertThat(location(visitor().from("198.51.100.9").signIn("hanna", PASSWORD))).isEqualTo(SIGNED_IN);
    }

    @Test
    void every_sign_in_and_failure_is_in_the_audit_with_the_client_address_from_the_proxy() {
        visitor().from("198.51.100.4").signIn("Hanna ", "fel-losenord-1");
        visitor().from("198.51.100.4").signIn("hanna", PASSWORD);

        assertThat(jdbc.queryForList("select concat(event, ' ', username, ' ', client_address) from staff_audit "
                + "where event like 'SIGN%' order by id", String.class))
                .containsExactly("SIGN_IN_FAILED hanna 198.51.100.4", "SIGNED_IN hanna 198.51.100.4");
    }

    @Test
    void a_forwarded_address_longer_than_any_address_is_still_a_counted_failure_and_the_lock_begins() {
        String huge = "198.51.100.1" + "0".repeat(2000);
        for (int i = 0; i < 5; i++) {
            assertThat(location(visitor().from(huge).signIn("hanna", "fel-losenord-" + i))).isEqualTo(REFUSED);
        }
        assertThat(count("SIGN_IN_FAILED", "hanna")).isEqualTo(5);

        assertThat(location(visitor().from(huge).signIn("hanna", PASSWORD))).isEqualTo(REFUSED);
        assertThat(count("SIGN_IN_THROTTLED", "hanna")).isEqualTo(1);
        assertThat(jdbc.queryForList("select distinct client_address from staff_audit where event like 'SIGN%'",
                String.class))
                .containsExactly(huge.substring(0, 45));
    }

    @Test
    void the_login_form_is_refused_without_the_token_of_the_visitors_own_login_page() {
        var forger = visitor();
        forger.get("logga-in");
        String othersToken = PortalHttp.csrfToken(visitor().get("logga-in"));

        // as another site's form would send it: with the visitor's cookie, without the page's token
        var noToken = forger.post("logga-in", FORM, "username=hanna&password=" + PASSWORD);
        var wrongToken = forger.post("logga-in", FORM, "username=hanna&password=" + PASSWORD + "&_csrf=" + othersToken);

        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from staff_audit where event like 'SIGN%'", Integer.class))
                .as("neither a sign-in nor a failure").isZero();
        assertThat(location(forger.signIn("hanna", PASSWORD))).as("with the page's token").isEqualTo(SIGNED_IN);
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_an_ordinary_failure() {
        var response = visitor().signIn("hanna", PASSWORD + "x".repeat(80));

        assertThat(location(response)).isEqualTo(REFUSED);
        assertThat(count("SIGN_IN_FAILED", "hanna")).isEqualTo(1);
    }

    @Test
    void a_disabled_account_gets_the_same_answer_as_a_wrong_password() {
        jdbc.update("update staff_account set enabled = false where username = 'hanna'");

        assertThat(location(visitor().signIn("hanna", PASSWORD))).isEqualTo(REFUSED);
        assertThat(count("SIGN_IN_FAILED", "hanna")).isEqualTo(1);
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private int count(String event, String username) {
        return jdbc.queryForObject("select count(*) from staff_audit where event = ? and username = ?", Integer.class,
                event, username);
    }
}
