package se.huddinge.delaktighet.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.security.SignInLimits;
import se.huddinge.delaktighet.security.SignInThrottled;
import se.huddinge.delaktighet.base.ui.NotForSearchEngines;

/** Staff sign-in. Residents never need it: they prove their e-mail address with a link instead. */
@Route("logga-in")
@AnonymousAllowed
@NotForSearchEngines
public class LoginView extends PortalPage implements BeforeEnterObserver {

    private final AuthenticationContext auth;
    private final SignInLimits limits;
    private final LoginForm login = new LoginForm();

    LoginView(AuthenticationContext auth, SignInLimits limits, ObjectProvider<ClientRegistrationRepository> oidc) {
        super("login.title");
        this.auth = auth;
        this.limits = limits;
        add(new Paragraph(getTranslation("login.intro")));
        login.setAction("logga-in");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());
        add(login);
        // the municipality's own sign-in (OpenID Connect), when the operator has configured it
        if (oidc.getIfAvailable() instanceof Iterable<?> clients) {
            for (Object c : clients) {
                var client = (ClientRegistration) c;
                var link = new Anchor("oauth2/authorization/" + client.getRegistrationId(),
                        getTranslation("login.oidc", client.getClientName()));
                link.getElement().setAttribute("router-ignore", true);
                link.addClassName("oidc-login");
                add(new Paragraph(link));
            }
        }
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var form = i18n.getForm();
        form.setTitle(getTranslation("login.formTitle"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.text"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (auth.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        var session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        if (error && session != null
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInThrottled) {
            // the same for every username, existing or not: it tells nothing about which accounts exist
            var i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.throttled.text", limits.window().toMinutes()));
            login.setI18n(i18n);
        }
        login.setError(error);
    }
}
