package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.huddinge.delaktighet.base.PortalSettings;

/** The privacy notice (GDPR art. 13): what personal data the portal keeps, why, how long, and who to ask. */
@Route("personuppgifter")
@AnonymousAllowed
class PrivacyView extends PortalPage {

    PrivacyView(PortalSettings settings) {
        super("privacy.title");
        add(new Paragraph(getTranslation("privacy.intro", settings.municipality())));
        section("privacy.what");
        add(new UnorderedList(item("privacy.what.proposal"), item("privacy.what.support"),
                item("privacy.what.nomination"), item("privacy.what.mine"), item("privacy.what.letters"),
                item("privacy.what.cookie")));
        section("privacy.why");
        section("privacy.public");
        section("privacy.howLong");
        section("privacy.who");
        section("privacy.rights");
        var dpo = settings.contact().dataProtectionEmail();
        add(new Paragraph(new Span(getTranslation("privacy.contact")), new Anchor("mailto:" + dpo, dpo)));
        add(new Paragraph(getTranslation("privacy.complaint")));
    }

    private void section(String key) {
        add(new H2(getTranslation(key + ".title")), new Paragraph(getTranslation(key + ".text")));
    }

    private ListItem item(String key) {
        return new ListItem(getTranslation(key));
    }
}
