package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.huddinge.delaktighet.base.PortalSettings;

/**
 * The friendly page for an unexpected error. It shows an id that the log line carries too, so support can find
 * what happened without the visitor having to describe it.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class ErrorView extends PortalPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);
    private final PortalSettings settings;

    public ErrorView(PortalSettings settings) {
        super("error.title");
        this.settings = settings;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = ErrorIds.next();
        log.error("Unexpected error {} on /{}", id, event.getLocation().getPath(), parameter.getCaughtException());
        add(new Paragraph(getTranslation("error.text")));
        var code = new Span(id);
        code.addClassName("error-id");
        code.setId("error-id");
        add(new Paragraph(new Span(getTranslation("error.id") + " "), code));
        add(new Paragraph(new Span(getTranslation("error.contact", settings.contact().phone()) + " "),
                new Anchor("mailto:" + settings.contact().email(), settings.contact().email())));
        add(new Paragraph(new Anchor("", getTranslation("notFound.home"))));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
