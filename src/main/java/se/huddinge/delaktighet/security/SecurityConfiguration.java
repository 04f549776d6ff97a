package se.huddinge.delaktighet.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import se.huddinge.delaktighet.security.internal.StaffAccountRepository;
import se.huddinge.delaktighet.security.ui.LoginView;

/**
 * Form login for staff against the database, and OpenID Connect when configured ({@link OidcSignIn}). Views declare
 * who may see them; a view without a declaration is denied; services check roles again with {@code @PreAuthorize}.
 * A view's {@code @RolesAllowed} is read by Vaadin's navigation access control only, not by Spring's method security
 * (no JSR-250 there): otherwise every staff view would be built as a proxy with a role check on each of its
 * methods, at each visit (DD37).
 */
@EnableWebSecurity
@EnableMethodSecurity
@Configuration(proxyBeanMethods = false)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, OidcSignIn oidc,
                                            ObjectProvider<ClientRegistrationRepository> oidcClients,
                                            ObjectProvider<StaffAccountService> accounts,
                                            SecurityContextHolderStrategy contexts,
                                            RequestUtil vaadinRequests) throws Exception {
        // Every page may be loaded: Vaadin's navigation access control then decides per view (a staff view sends
        // a visitor to the login page), and an address that leads nowhere shows "Sidan finns inte", not a login.
        // OPTIONS only names the methods an address takes, so anyone may ask
        http.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/**").permitAll()
                .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll());
        http.headers(SecurityHeaders::configure);
        http.addFilterAfter(new NoStoreForVaadinRequests(), HeaderWriterFilter.class);
        http.addFilterAfter(new StaticFileCaching(), HeaderWriterFilter.class);
        oidc.configure(http, oidcClients.getIfAvailable());
        http.addFilterAfter(new SignOutDisabledAccounts(accounts, contexts),
                SecurityContextHolderFilter.class);
        // Spring's CSRF token on every form POST, the login form's too: Vaadin's own set-up exempts the login form,
        // so another site could sign a visitor in as someone else (login CSRF). The login form sends the token of
        // its page (vaadin-login-form reads it from the page's _csrf meta tags). Vaadin's own requests carry
        // Vaadin's token.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** The login form: held off after too many failures, every outcome in the audit ({@link ThrottledSignIn}). */
    @Bean
    AuthenticationProvider staffSignIn(UserDetailsService staffUserDetails, PasswordEncoder passwords,
                                       StaffAudit audit) {
        var dao = new DaoAuthenticationProvider(staffUserDetails);
        dao.setPasswordEncoder(passwords);
        return new ThrottledSignIn(dao, audit);
    }

    @Bean
    UserDetailsService staffUserDetails(StaffAccountRepository accounts) {
        return username -> accounts.findByUsernameIgnoreCase(username.strip())
                .map(a -> User.withUsername(a.getUsername())
                        .password(a.getPasswordHash())
                        .disabled(!a.isEnabled())
                        .roles(a.getRoles().stream().map(Enum::name).toArray(String[]::new))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
    }
}
