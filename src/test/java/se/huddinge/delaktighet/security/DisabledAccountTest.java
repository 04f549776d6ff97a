package se.huddinge.delaktighet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Disabling an account ends its sessions at their next request: the visitor is anonymous again. */
class DisabledAccountTest extends RunningPortalTest {

    @Test
    void a_signed_in_member_of_staff_loses_the_session_when_the_account_is_disabled() {
        accounts.createInitial(new StaffAccountService.NewAccount("leo", "Leo Ledamot", "leo@huddinge.example",
                "rostiga-kompasser-sjunger", Set.of(StaffRole.COMMITTEE)));
        var leo = visitor();
        var signedIn = leo.signIn("leo", "rostiga-kompasser-sjunger");
        String session = sessionCookie(signedIn);
        assertThat(session).as("a new session at sign-in").isNotNull();

        assertThat(sessionCookie(leo.get("granskning"))).as("the session goes on").isNull();

        jdbc.update("update staff_account set enabled = false where username = 'leo'");
        var next = leo.get("granskning");
        assertThat(sessionCookie(next)).as("the old session ended; a new, anonymous one begins")
                .isNotNull().isNotEqualTo(session);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElse(null);
    }
}
