package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.i18n.Texts;

/** The first HTML of the start page (all of it: its text never changes) and of the accessibility statement. */
@Configuration(proxyBeanMethods = false)
class BasePreviews {

    @Bean
    PagePreview homePreview(I18NProvider provider) {
        return new PagePreview() {
            @Override
            public Class<? extends com.vaadin.flow.component.Component> view() {
                return HomeView.class;
            }

            @Override
            public Optional<Preview> preview(com.vaadin.flow.router.RouteParameters parameters, Locale locale) {
                Texts t = Texts.of(provider, locale);
                var content = PagePreview.section(t.get("home.title"))
                        .append(HomeView.intro(t)).append(HomeView.easyRead(t)).append(HomeView.cards(t)).close("section");
                return Optional.of(new Preview(t.get("home.title"), t.get("home.intro"), content, "", false));
            }
        };
    }

    @Bean
    PagePreview accessibilityPreview(I18NProvider texts, PortalSettings settings) {
        return PagePreview.of(AccessibilityView.class, texts, "a11y.title", "a11y.intro", null,
                settings.municipality());
    }
}
