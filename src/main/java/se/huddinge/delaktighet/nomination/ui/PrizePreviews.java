package se.huddinge.delaktighet.nomination.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.huddinge.delaktighet.base.ui.PagePreview;

/** The first HTML of the prize's public pages: their heading and, where it is fixed, their introduction. */
@Configuration(proxyBeanMethods = false)
class PrizePreviews {

    @Bean
    PagePreview prizePreview(I18NProvider texts) {
        return PagePreview.of(PrizeView.class, texts, "prize.title", "prize.intro", null);
    }

    @Bean
    PagePreview prizeArchivePreview(I18NProvider texts) {
        return PagePreview.of(PrizeArchiveView.class, texts, "prize.archive.title", null, "prize.archive.description");
    }

    @Bean
    PagePreview nominatePreview(I18NProvider texts) {
        return PagePreview.of(NominateView.class, texts, "nominate.title", null, "nominate.description");
    }

    @Bean
    PagePreview confirmNominationPreview(I18NProvider texts) {
        return PagePreview.of(ConfirmNominationView.class, texts, "nominate.confirm.title", "nominate.confirm.intro",
                null);
    }
}
