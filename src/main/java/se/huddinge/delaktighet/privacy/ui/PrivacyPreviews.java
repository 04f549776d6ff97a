package se.huddinge.delaktighet.privacy.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.ui.PagePreview;

/** The privacy notice's first HTML: its heading and introduction. */
@Configuration(proxyBeanMethods = false)
class PrivacyPreviews {

    @Bean
    PagePreview privacyPreview(I18NProvider texts, PortalSettings settings) {
        return PagePreview.of(PrivacyView.class, texts, "privacy.title", "privacy.intro", null, settings.municipality());
    }
}
