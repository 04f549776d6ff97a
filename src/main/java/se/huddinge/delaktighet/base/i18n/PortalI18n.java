package se.huddinge.delaktighet.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The portal's texts, Swedish first: {@code vaadin-i18n/<bundle>.properties} is Swedish,
 * {@code <bundle>_en.properties} English, one bundle pair per area ({@link #BUNDLES}); a key is looked up in each
 * bundle in turn. No fallback to the JVM's locale, so a Swedish page never turns
 * English on a server that runs in English.
 */
@Component
public class PortalI18n implements I18NProvider {

    public static final Locale SWEDISH = Locale.of("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The bundles under {@code vaadin-i18n/}: the portal's own, the prize's, the review's, staff sign-in's. */
    public static final List<String> BUNDLES = List.of("translations", "prize", "review", "security", "links", "privacy", "lix", "comments");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(SWEDISH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        for (String name : BUNDLES) {
            ResourceBundle bundle = bundle(name, locale);
            if (bundle != null && bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
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
        try {
            return ResourceBundle.getBundle("vaadin-i18n/" + name, ENGLISH.equals(l) ? ENGLISH : Locale.ROOT,
                    NO_FALLBACK);
        } catch (MissingResourceException e) {
            return null; // a bundle of a feature that has no texts yet
        }
    }
}
