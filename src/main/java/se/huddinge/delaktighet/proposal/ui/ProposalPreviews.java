package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.ui.PagePreview;
import se.huddinge.delaktighet.proposal.ProposalReads;
import se.huddinge.delaktighet.proposal.ProposalRules;

/**
 * The first HTML of the proposal pages other than a proposal's own (ProposalPages): each page's heading and
 * introduction, and for the list and the forms what the view draws below them (the views' {@code copy}).
 */
@Configuration(proxyBeanMethods = false)
class ProposalPreviews {

    /** The list: heading, introduction and its first screen, cards included (ProposalListView.copy, DD48). */
    @Bean
    PagePreview proposalListPreview(I18NProvider texts, ProposalReads reads, ProposalRules rules, Clock clock) {
        return PagePreview.of(ProposalListView.class, texts, (t, locale) -> {
            String heading = t.get("proposals.title");
            String intro = t.get("proposals.intro", rules.supportThreshold(), rules.supportPeriod().getDays());
            var content = ProposalListView.copy(PagePreview.section(heading).element("p", intro), t, reads, clock);
            return new PagePreview.Preview(heading, intro, content.close("section"), "forslag", false);
        });
    }

    /** The form page: heading, introduction and the whole form, drawn (SubmitProposalView.copy). */
    @Bean
    PagePreview submitProposalPreview(I18NProvider texts, ProposalRules rules) {
        return PagePreview.of(SubmitProposalView.class, texts, (t, locale) -> {
            String heading = t.get("submit.title");
            String intro = t.get("submit.intro", rules.supportThreshold(), rules.supportPeriod().getDays());
            return new PagePreview.Preview(heading, intro, PagePreview.section(heading).element("p", intro)
                    .append(SubmitProposalView.copy(t, rules)).close("section"), "forslag/nytt", false);
        });
    }

    /** The easy-to-read page: all of it, as {@link HowItWorksView} writes it. */
    @Bean
    PagePreview howItWorksPreview(I18NProvider texts, ProposalRules rules, PortalSettings settings) {
        return PagePreview.of(HowItWorksView.class, texts, (t, locale) -> {
            String heading = t.get("howto.title");
            return new PagePreview.Preview(heading, t.get("howto.intro"), PagePreview.section(heading)
                    .append(HowItWorksView.content(t, rules, settings)).close("section"), HowItWorksView.PATH, false);
        });
    }

    /** "Mina inskick": heading, introduction and the form, drawn (MySubmissionsView.copy). */
    @Bean
    PagePreview mySubmissionsPreview(I18NProvider texts) {
        return PagePreview.of(MySubmissionsView.class, texts, (t, locale) -> {
            String heading = t.get("mine.title");
            String intro = t.get("mine.intro");
            return new PagePreview.Preview(heading, intro, PagePreview.section(heading).element("p", intro)
                    .append(MySubmissionsView.copy(t)).close("section"), "mina-inskick", false);
        });
    }

    @Bean
    PagePreview confirmProposalPreview(I18NProvider texts) {
        return PagePreview.ofLinkAction(ConfirmProposalView.class, texts, "confirm.title", "confirm.intro",
                "confirm.button", LinkPage.ACTION);
    }

    @Bean
    PagePreview confirmSupportPreview(I18NProvider texts) {
        return PagePreview.ofLinkAction(ConfirmSupportView.class, texts, "confirmSupport.title",
                "confirmSupport.intro", "confirmSupport.button", LinkPage.ACTION);
    }

    @Bean
    PagePreview manageProposalPreview(I18NProvider texts) {
        return PagePreview.of(ManageProposalView.class, texts, "manage.title", null, "manage.description");
    }

    @Bean
    PagePreview mySubmissionsListPreview(I18NProvider texts) {
        return PagePreview.of(MySubmissionsListView.class, texts, "mine.list.title", null, "mine.list.description");
    }
}
