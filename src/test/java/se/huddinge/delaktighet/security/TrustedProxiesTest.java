package se.huddinge.delaktighet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The operator's list of trusted proxies as the portal reads it, and what makes it refuse to start. */
class TrustedProxiesTest {

    @Test
    void addresses_and_ranges_become_ranges_and_nothing_is_trusted_by_default() {
        assertThat(bind("10.0.4.7, 10.0.5.0/24, fd00::/8, ::1").trusted())
                .containsExactly("10.0.4.7/32", "10.0.5.0/24", "fd00::/8", "::1/128");
        assertThat(new Binder(new MapConfigurationPropertySource(Map.of("portal.other", "x")))
                .bindOrCreate("portal.proxies", TrustedProxies.class).trusted()).isEmpty();
    }

    @Test
    void a_host_name_or_a_wrong_range_stops_the_start_with_the_entry_named() {
        for (String wrong : new String[]{"proxy.huddinge.se", "10.0.5.0/33", "10.0.5.0/x"}) {
            assertThatThrownBy(() -> bind(wrong)).as(wrong).isInstanceOf(BindException.class)
                    .rootCause().hasMessageContaining("portal.proxies.trusted: \"" + wrong + "\"");
        }
    }

    private static TrustedProxies bind(String list) {
        return new Binder(new MapConfigurationPropertySource(Map.of("portal.proxies.trusted", list)))
                .bindOrCreate("portal.proxies", TrustedProxies.class);
    }
}
