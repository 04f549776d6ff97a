package se.huddinge.delaktighet.base.ui.ceiling;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The load benchmark's ceiling (issue 11): a bare Vaadin flow of the support journey's shape, two views, one field and
 * two clicks, with no layout, no database and no letter, so the supports per second can be stated as a share of what
 * Vaadin itself does on the same machine. Off unless {@code portal.load.bare-flow=true}; the benchmark sets it, and
 * then the two routes exist, {@value #FIRST} and {@value #SECOND}/{token}, open to anyone and using the same ids as the
 * real views.
 */
@Component
@ConditionalOnBooleanProperty("portal.load.bare-flow")
class BareFlow implements VaadinServiceInitListener {

    static final String FIRST = "belastning/a";
    static final String SECOND = "belastning/b";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        register(RouteConfiguration.forApplicationScope());
    }

    static void register(RouteConfiguration routes) {
        routes.setRoute(FIRST, First.class);
        routes.setRoute(SECOND + "/:token", Second.class);
    }

    /** Enter an address and press the button: the answer that a letter is on its way, and nothing sent. */
    @AnonymousAllowed
    static class First extends Main {

        First() {
            add(new H1(getTranslation("load.bare.title")));
            var email = new EmailField(getTranslation("load.bare.email"));
            email.setId("support-email");
            var send = new Button(getTranslation("load.bare.send"));
            send.setId("support-send");
            send.addClickListener(e -> {
                var result = new Paragraph(getTranslation("load.bare.sent", email.getValue()));
                result.setId("support-result");
                add(result);
            });
            add(email, send);
        }
    }

    /** The link's page: press the button and be told it counted, and nothing stored. */
    @AnonymousAllowed
    static class Second extends Main implements BeforeEnterObserver {

        Second() {
            add(new H1(getTranslation("load.bare.title")));
            var confirm = new Button(getTranslation("load.bare.confirm"));
            confirm.setId("link-action");
            confirm.addClickListener(e -> add(new Paragraph(getTranslation("load.bare.counted"))));
            add(confirm);
        }

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            event.getRouteParameters().get("token").orElseThrow();
        }
    }
}
