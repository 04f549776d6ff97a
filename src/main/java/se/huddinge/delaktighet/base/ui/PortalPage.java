package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page of the portal: a section with one {@code h1}, inside the layout's {@code <main>}. The browser title is
 * the translated heading followed by the portal's name.
 */
public abstract class PortalPage extends Section implements HasDynamicTitle {

    /**
     * Between a page's name and the portal's in the browser title: a hyphen, not an en dash. The title is in every
     * answer Vaadin keeps for a session's whole life, and a Java string with one character outside Latin-1 takes two
     * bytes per character: the en dash alone made an idle start-page session 23 KB larger (DD41).
     */
    public static final String TITLE_SEPARATOR = " - ";

    private final String titleKey;

    protected PortalPage(String titleKey) {
        this.titleKey = titleKey;
        addClassName("portal-page");
        add(new H1(getTranslation(titleKey)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + TITLE_SEPARATOR + getTranslation("layout.portal");
    }
}
