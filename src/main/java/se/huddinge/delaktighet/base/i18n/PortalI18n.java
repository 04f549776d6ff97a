package se.huddinge.delaktighet.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The portal's texts, Swedish first: {@code vaadin-i18n/translations.properties} is Swedish,
 * {@code translations_en.properties} English. No fallback to the JVM's locale, so a Swedish page never turns
 * English on a server that runs in English.
 */
@Component
public class PortalI18n implements I18NProvider {

    public static final Locale SWEDISH = Locale.of("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String BUNDLE = "vaadin-i18n/translations";
    /** Every bundle, searched in order: the shared one first, then one per feature. */
    public static final List<String> BUNDLES = List.of(BUNDLE, "vaadin-i18n/prize");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(SWEDISH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        for (String name : BUNDLES) {
            try {
                String pattern = bundle(name, locale).getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
            } catch (MissingResourceException e) {
                // the next bundle may have it
            }
        }
        return "!" + key;
    }

    /** The supported locale nearest to {@code locale}: English for English, Swedish for anything else. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : SWEDISH;
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        Locale l = supported(locale);
        return ResourceBundle.getBundle(name, ENGLISH.equals(l) ? ENGLISH : Locale.ROOT, NO_FALLBACK);
    }
}
