package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.ui.PagePreview;
import se.huddinge.delaktighet.proposal.ProposalRules;

/**
 * The first HTML of the proposal pages that are a heading and an introduction (a proposal's own: ProposalPages; the
 * list's: ProposalListPreview).
 */
@Configuration(proxyBeanMethods = false)
class ProposalPreviews {

    @Bean
    PagePreview submitProposalPreview(I18NProvider texts, ProposalRules rules) {
        return PagePreview.of(SubmitProposalView.class, texts, "submit.title", "submit.intro", null,
                rules.supportThreshold(), rules.supportPeriod().getDays());
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

    @Bean
    PagePreview mySubmissionsPreview(I18NProvider texts) {
        return PagePreview.of(MySubmissionsView.class, texts, "mine.title", "mine.intro", null);
    }

    @Bean
    PagePreview confirmProposalPreview(I18NProvider texts) {
        return PagePreview.of(ConfirmProposalView.class, texts, "confirm.title", "confirm.intro", null);
    }

    @Bean
    PagePreview confirmSupportPreview(I18NProvider texts) {
        return PagePreview.of(ConfirmSupportView.class, texts, "confirmSupport.title", "confirmSupport.intro", null);
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
