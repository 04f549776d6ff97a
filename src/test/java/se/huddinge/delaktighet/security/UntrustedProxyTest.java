package se.huddinge.delaktighet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A peer that is not one of the trusted proxies ({@code portal.proxies.trusted}, here none) may not say where a
 * request came from: its {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are ignored, so the sign-in limits
 * count its own address and a claim of HTTPS gets no HSTS.
 */
@TestPropertySource(properties = "portal.proxies.trusted=")
class UntrustedProxyTest extends RunningPortalTest {

    @Test
    void a_forwarded_address_from_an_untrusted_peer_is_ignored_and_the_failure_counted_for_the_peer() {
        accounts.createInitial(new StaffAccountService.NewAccount("hanna", "Hanna Handläggare",
                "hanna@huddinge.example", "rostiga-kompasser-sjunger", Set.of(StaffRole.OFFICER)));

        visitor().from("198.51.100.4").signIn("hanna", "fel-losenord-1");
        visitor().from("198.51.100.5" + "0".repeat(2000)).signIn("hanna", "fel-losenord-2");

        assertThat(jdbc.queryForList("select concat(event, ' ', username, ' ', client_address) from staff_audit "
                + "where event like 'SIGN%' order by id", String.class))
                .containsExactly("SIGN_IN_FAILED hanna 127.0.0.1", "SIGN_IN_FAILED hanna 127.0.0.1");
    }

    @Test
    void a_claim_of_https_from_an_untrusted_peer_gets_no_hsts() {
        assertThat(visitor().viaHttpsProxy().get("").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
