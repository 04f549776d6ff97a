package se.huddinge.delaktighet.security;

import java.util.List;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider for the tests: Spring Authorization Server in its own application context on a
 * free port, at {@code http://localhost:<port>} (the portal is reached at {@code 127.0.0.1}, so the two keep
 * their session cookies apart). One client, {@code portal}, may send people back to any loopback port. Its people:
 * {@code hanna} in the group {@code portal-handlaggare} and {@code olle} in {@code bibliotek}; their ID tokens carry
 * {@code preferred_username} and {@code groups}, as a municipality's broker would.
 */
@TestConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
        OAuth2AuthorizationServerAutoConfiguration.class, OAuth2AuthorizationServerJwtAutoConfiguration.class})
class OidcProvider {

    static final String CLIENT_ID = "portal";
    static final String CLIENT_SECRET = "portal-hemlighet-i-testet";
    static final String PASSWORD = "leverantorens-losenord";

    private static ConfigurableApplicationContext running;

    /** The provider's issuer address, started on first use and kept for the test JVM. */
    static synchronized String issuer() {
        if (running == null) {
            String client = "spring.security.oauth2.authorizationserver.client.portal.";
            // the provider leaves the JVM's logging as the portal's test context set it up
            System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
            try {
                running = start(client);
            } finally {
                System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(running::close));
        }
        return "http://localhost:" + ((WebServerApplicationContext) running).getWebServer().getPort();
    }

    private static ConfigurableApplicationContext start(String client) {
        return new SpringApplicationBuilder(OidcProvider.class).properties(
                "spring.config.name=oidc-provider", "server.port=0", "spring.main.banner-mode=off",
                client + "registration.client-id=" + CLIENT_ID,
                client + "registration.client-secret={noop}" + CLIENT_SECRET,
                client + "registration.client-authentication-methods=client_secret_basic",
                client + "registration.authorization-grant-types=authorization_code",
                client + "registration.redirect-uris=http://127.0.0.1/login/oauth2/code/kommun",
                client + "registration.scopes=openid",
                client + "require-authorization-consent=false").run();
    }

    /**
     * Parts of the provider read the signed-in person from the static {@link SecurityContextHolder}, whose strategy
     * the portal's test contexts swap in and out ({@code SecurityStrategyAlignment}); the provider's filters follow
     * whichever strategy is in force, so both always look in the same place.
     */
    @Bean
    SecurityContextHolderStrategy followTheStaticHolder() {
        return new SecurityContextHolderStrategy() {
            @Override
            public void clearContext() {
                SecurityContextHolder.getContextHolderStrategy().clearContext();
            }

            @Override
            public SecurityContext getContext() {
                return SecurityContextHolder.getContextHolderStrategy().getContext();
            }

            @Override
            public void setContext(SecurityContext context) {
                SecurityContextHolder.getContextHolderStrategy().setContext(context);
            }

            @Override
            public SecurityContext createEmptyContext() {
                return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
            }
        };
    }

    @Bean
    UserDetailsService people() {
        return new InMemoryUserDetailsManager(
                User.withUsername("hanna").password("{noop}" + PASSWORD).authorities("portal-handlaggare").build(),
                User.withUsername("olle").password("{noop}" + PASSWORD).authorities("bibliotek").build());
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> groupsInTheIdToken() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                var person = context.getPrincipal();
                List<String> groups = person.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
                context.getClaims().claim("preferred_username", person.getName()).claim("groups", groups);
            }
        };
    }
}
