package se.huddinge.delaktighet.security;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tomcat's {@link RemoteIpValve} (present when {@code server.forward-headers-strategy} is {@code native}, as in the
 * {@code prod} profile) believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from the proxies in
 * {@link TrustedProxies}. Boot's default trusts every internal address (10/8, 172.16/12, 192.168/16, 127/8, …), so
 * any machine or container in the municipality's network could choose the client address the sign-in limits count.
 * Runs after Boot's own customizer, which makes the valve.
 */
@Component
class TrustOnlyNamedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final TrustedProxies proxies;

    TrustOnlyNamedProxies(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // Tomcat reads a list with a "/" in it as CIDR ranges; an empty one trusts no peer
        String ranges = String.join(",", proxies.trusted());
        factory.getEngineValves().stream().filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
                .forEach(valve -> {
                    valve.setInternalProxies(ranges);
                    valve.setTrustedProxies(null);
                });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
