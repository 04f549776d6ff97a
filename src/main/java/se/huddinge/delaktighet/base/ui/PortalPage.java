package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page of the portal: a section with one {@code h1}, inside the layout's {@code <main>}. The browser title is
 * the translated heading followed by the portal's name.
 */
public abstract class PortalPage extends Section implements HasDynamicTitle {

    private final String titleKey;

    protected PortalPage(String titleKey) {
        this.titleKey = titleKey;
        addClassName("portal-page");
        add(new H1(getTranslation(titleKey)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("layout.portal");
    }
}
