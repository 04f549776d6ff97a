package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.i18n.Texts;
import se.huddinge.delaktighet.base.ui.AppStartsOnInteraction;
import se.huddinge.delaktighet.base.ui.PortalPage;
import se.huddinge.delaktighet.base.ui.StaticHtml;
import se.huddinge.delaktighet.proposal.ProposalRules;

/**
 * "Så fungerar Huddingeförslag": the scheme told in easy Swedish (lättläst: short sentences, common words, one idea
 * per sentence), plain English and easy Finnish (selkokieli) (issue 22, DD39). Every number is read from the
 * settings the code keeps to ({@link ProposalRules}), so the page never promises what the portal does not do. Its
 * text never changes while it is shown: one piece of HTML, which the page's first HTML writes as well.
 */
@AppStartsOnInteraction
@Route(HowItWorksView.PATH)
@AnonymousAllowed
class HowItWorksView extends PortalPage {

    static final String PATH = "sa-fungerar-det";

    HowItWorksView(ProposalRules rules, PortalSettings settings) {
        super("howto.title");
        add(content(this::getTranslation, rules, settings).toHtml());
    }

    /** Everything under the heading. */
    static StaticHtml content(Texts t, ProposalRules rules, PortalSettings settings) {
        var html = StaticHtml.start("div", "class", "easy-read").element("p", t.get("howto.intro"));
        section(html, t, "howto.what", 4);
        section(html, t, "howto.write", 1);
        html.open("ul")
                .element("li", t.get("howto.write.2", rules.titleMax()))
                .element("li", t.get("howto.write.3", rules.textMax()))
                .close("ul");
        html.element("p", t.get("howto.write.4")).element("p", t.get("howto.write.5"))
                .element("p", t.get("howto.write.6", rules.linkValidity().toHours()));
        html.open("p").element("a", t.get("howto.write.link"), "href", "forslag/nytt", "router-link", null).close("p");

        html.element("h2", t.get("howto.steps.title")).open("ol")
                .element("li", t.get("howto.steps.1", rules.moderationWorkingDays()))
                .element("li", t.get("howto.steps.2") + " " + t.get("howto.steps.3"))
                .element("li", t.get("howto.steps.4", rules.supportPeriod().getDays()) + " " + t.get("howto.steps.5"))
                .element("li", t.get("howto.steps.6", rules.supportThreshold()))
                .element("li", t.get("howto.steps.7", rules.referralWorkingDays()))
                .element("li", t.get("howto.steps.8", rules.decisionPeriod().toTotalMonths()) + " "
                        + t.get("howto.steps.9"))
                .close("ol");
        section(html, t, "howto.fewer", 3);
        section(html, t, "howto.hear", 3);
        html.open("p").element("a", t.get("nav.mine"), "href", "mina-inskick", "router-link", null).close("p");
        html.element("h2", t.get("howto.help.title"))
                .element("p", t.get("howto.help.1", settings.contact().phone()));
        for (int i = 2; i <= 4; i++) {
            html.element("p", t.get("howto.help." + i));
        }
        return html.close("div");
    }

    /** A heading and its first {@code paragraphs} sentences, one paragraph each. */
    private static void section(StaticHtml html, Texts t, String key, int paragraphs) {
        html.element("h2", t.get(key + ".title"));
        for (int i = 1; i <= paragraphs; i++) {
            html.element("p", t.get(key + "." + i));
        }
    }
}
