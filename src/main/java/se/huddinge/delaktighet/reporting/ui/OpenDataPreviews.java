package se.huddinge.delaktighet.reporting.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.huddinge.delaktighet.base.ui.PagePreview;

/** The open-data page's first HTML: its heading and introduction. */
@Configuration(proxyBeanMethods = false)
class OpenDataPreviews {

    @Bean
    PagePreview openDataPreview(I18NProvider texts) {
        return PagePreview.of(OpenDataView.class, texts, "opendata.title", "opendata.intro", null);
    }
}
