package se.huddinge.delaktighet.nomination.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.huddinge.delaktighet.base.ui.PagePreview;

/** The first HTML of the prize's public pages that are a heading and an introduction (the prize page and the nomination page: RoundPagePreviews). */
@Configuration(proxyBeanMethods = false)
class PrizePreviews {

    @Bean
    PagePreview prizeArchivePreview(I18NProvider texts) {
        return PagePreview.of(PrizeArchiveView.class, texts, "prize.archive.title", null, "prize.archive.description");
    }

    @Bean
    PagePreview confirmNominationPreview(I18NProvider texts) {
        return PagePreview.ofLinkAction(ConfirmNominationView.class, texts, "nominate.confirm.title",
                "nominate.confirm.intro", "nominate.confirm.button", ConfirmNominationView.ACTION);
    }
}
