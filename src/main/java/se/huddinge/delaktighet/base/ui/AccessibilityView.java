package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.huddinge.delaktighet.base.PortalSettings;

/** Tillgänglighetsredogörelse: the accessibility statement that the DOS law asks of every public web site. */
@AppStartsOnInteraction
@Route("tillganglighet")
@AnonymousAllowed
class AccessibilityView extends PortalPage {

    AccessibilityView(PortalSettings settings) {
        super("a11y.title");
        add(new Paragraph(getTranslation("a11y.intro", settings.municipality())));
        add(new H2(getTranslation("a11y.status.title")));
        // the languages and the ways in that need no website (issue 22)
        add(new Paragraph(getTranslation("a11y.status.languages")));
        add(new H2(getTranslation("a11y.easy.title")));
        add(new Paragraph(getTranslation("a11y.easy.text")));
        var easyRead = new Anchor(HomeView.EASY_READ, getTranslation("howto.title"));
        easyRead.getElement().setAttribute("router-link", true);
        add(new Paragraph(easyRead));
        add(new H2(getTranslation("a11y.assisted.title")));
        add(new Paragraph(getTranslation("a11y.assisted.text", settings.contact().phone())));
        add(new H2(getTranslation("a11y.known.title")));
        add(new Paragraph(getTranslation("a11y.known.text")));
        add(new H2(getTranslation("a11y.report.title")));
        add(new Paragraph(getTranslation("a11y.report.text")));
        var mail = settings.contact().accessibilityEmail();
        add(new Paragraph(new Anchor("mailto:" + mail, mail)));
        add(new Paragraph(getTranslation("a11y.report.phone", settings.contact().phone())));
        add(new H2(getTranslation("a11y.enforcement.title")));
        add(new Paragraph(getTranslation("a11y.enforcement.text")));
        add(new Paragraph(new Anchor("https://www.digg.se/tdosanmalan", getTranslation("a11y.enforcement.link"))));
        add(new H2(getTranslation("a11y.method.title")));
        add(new Paragraph(getTranslation("a11y.method.text")));
    }
}
