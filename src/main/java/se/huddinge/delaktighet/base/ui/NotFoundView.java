package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** The page for an address that leads nowhere (and, on purpose, for a staff page a visitor may not see). */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends PortalPage implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        super("notFound.title");
        add(new Paragraph(getTranslation("notFound.text")));
        add(new Paragraph(new Anchor("", getTranslation("notFound.home"))));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
