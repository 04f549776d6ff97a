package se.huddinge.delaktighet.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Period;
import java.util.ArrayList;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.ui.AppStartsOnInteraction;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.nomination.PrizeRules;
import se.huddinge.delaktighet.privacy.RetentionPeriods;
import se.huddinge.delaktighet.proposal.ProposalRules;

/**
 * The privacy notice (GDPR art. 13): what personal data the portal keeps, why, how long, and who to ask. The periods
 * are read from the settings the retention job keeps to, so the page never promises what the code does not do.
 */
@AppStartsOnInteraction
@Route("personuppgifter")
@AnonymousAllowed
class PrivacyView extends PortalPage {

    PrivacyView(PortalSettings settings, RetentionPeriods retention, ProposalRules proposals, PrizeRules prize) {
        super("privacy.title");
        add(new Paragraph(getTranslation("privacy.intro", settings.municipality())));
        section("privacy.what");
        add(new UnorderedList(item("privacy.what.proposal"), item("privacy.what.support"), item("privacy.what.follow"),
                item("privacy.what.nomination"), item("privacy.what.mine"), item("privacy.what.letters"),
                item("privacy.what.cookie")));
        section("privacy.why");
        section("privacy.public");
        add(new H2(getTranslation("privacy.howLong.title")));
        add(new UnorderedList(
                item("privacy.retention.unconfirmed", period(retention.unconfirmed()),
                        proposals.linkValidity().toHours(), prize.linkValidity().toHours()),
                item("privacy.retention.proposal", period(retention.personalData())),
                item("privacy.retention.prize", period(Period.ofMonths(prize.retentionMonths()))),
                item("privacy.retention.letters", period(retention.letterContent())),
                item("privacy.retention.mine")));
        add(new Paragraph(getTranslation("privacy.retention.stays")));
        section("privacy.who");
        section("privacy.rights");
        var dpo = settings.contact().dataProtectionEmail();
        add(new Paragraph(new Span(getTranslation("privacy.contact")), new Anchor("mailto:" + dpo, dpo)));
        add(new Paragraph(getTranslation("privacy.complaint")));
    }

    private void section(String key) {
        add(new H2(getTranslation(key + ".title")), new Paragraph(getTranslation(key + ".text")));
    }

    private ListItem item(String key, Object... params) {
        return new ListItem(getTranslation(key, params));
    }

    /** "1 år och 6 månader", "30 dagar", "12 months". */
    private String period(Period p) {
        var parts = new ArrayList<String>();
        if (p.getYears() > 0) {
            parts.add(getTranslation("privacy.period.years", p.getYears()));
        }
        if (p.getMonths() > 0) {
            parts.add(getTranslation("privacy.period.months", p.getMonths()));
        }
        if (p.getDays() > 0 || parts.isEmpty()) {
            parts.add(getTranslation("privacy.period.days", p.getDays()));
        }
        return String.join(getTranslation("privacy.period.and"), parts);
    }
}
