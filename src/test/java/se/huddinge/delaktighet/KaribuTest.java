package se.huddinge.delaktighet;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.HashSet;
import java.util.Set;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/** A UI test: the real views and services on the embedded MariaDB, the browser faked by Karibu-Testing. */
@PortalTest
public abstract class KaribuTest {

    private static final Views VIEWS = Views.scan("se.huddinge.delaktighet");

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected MutableClock clock;

    @BeforeEach
    void setUpVaadin() {
        Database.clear(jdbc);
        clock.setTo("2026-03-02T09:00:00");
        var errorRoutes = new HashSet<Class<? extends HasErrorParameter<?>>>(VIEWS.errorViews());
        errorRoutes.add(MockRouteAccessDeniedError.class);
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(Set.of(), errorRoutes, true), context, UI::new));
        // as Vaadin's start-up scan does: the @Layout first, then the views that it frames
        var registry = ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext());
        VIEWS.layouts().forEach(registry::setLayout);
        var routes = RouteConfiguration.forApplicationScope();
        VIEWS.views().forEach(routes::setAnnotatedRoute);
        UI.getCurrent().navigate("");
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs a member of staff in, as the login form would. */
    protected void login(String username, String... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        var user = new User(username, "x", authorities);
        var auth = new UsernamePasswordAuthenticationToken(user, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(auth);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> Arrays.asList(roles).contains(role));
        // signing in is a full page load in the browser: the layout is built anew for the signed-in user
        UI.getCurrent().getPage().reload();
    }

    protected void useLanguage(Locale locale) {
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().getSession().setLocale(locale);
    }
}
