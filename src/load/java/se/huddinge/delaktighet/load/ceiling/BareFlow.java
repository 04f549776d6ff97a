package se.huddinge.delaktighet.load.ceiling;

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
import org.springframework.stereotype.Component;

/**
 * The load benchmark's ceiling (issue 11): a bare Vaadin flow of the support journey's shape, two views, one field and
 * two clicks, with no layout, no database and no letter, so the supports per second can be stated as a share of what
 * Vaadin itself does on the same machine. It is not in the production jar: the benchmark compiles it with the driver
 * ({@code -Pload}) and puts this package's classes on the class path of the portal it starts ({@code PortalProcess}),
 * where the portal's component scan finds it; then the two routes exist, {@value #FIRST} and {@value #SECOND}/{token},
 * open to anyone and using the same ids as the real views. Its texts are fixed Swedish: it is no page of the portal.
 */
@Component
public class BareFlow implements VaadinServiceInitListener {

    public static final String FIRST = "belastning/a";
    public static final String SECOND = "belastning/b";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        routes.setRoute(FIRST, First.class);
        routes.setRoute(SECOND + "/:token", Second.class);
    }

    /** Enter an address and press the button: the answer that a letter is on its way, and nothing sent. */
    @AnonymousAllowed
    public static class First extends Main {

        public First() {
            add(new H1("Belastningsprov"));
            var email = new EmailField("E-postadress");
            email.setId("support-email");
            var send = new Button("Skicka");
            send.setId("support-send");
            send.addClickListener(e -> {
                var result = new Paragraph("Kolla din e-post, " + email.getValue());
                result.setId("support-result");
                add(result);
            });
            add(email, send);
        }
    }

    /** The link's page: press the button and be told it counted, and nothing stored. */
    @AnonymousAllowed
    public static class Second extends Main implements BeforeEnterObserver {

        public Second() {
            add(new H1("Belastningsprov"));
            var confirm = new Button("Bekräfta");
            confirm.setId("link-action");
            confirm.addClickListener(e -> add(new Paragraph("Ditt stöd är räknat")));
            add(confirm);
        }

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            event.getRouteParameters().get("token").orElseThrow();
        }
    }
}
