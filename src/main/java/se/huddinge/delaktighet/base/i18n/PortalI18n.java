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
 * {@code <bundle>_en.properties} English, {@code <bundle>_fi.properties} Finnish, one bundle set per area
 * ({@link #BUNDLES}); a key is looked up in each bundle in turn. Finnish covers what residents meet; a key without a
 * Finnish text (the staff's pages) is shown in Swedish. No fallback to the JVM's locale, so a Swedish page never turns
 * English on a server that runs in English.
 */
@Component
public class PortalI18n implements I18NProvider {

    public static final Locale SWEDISH = Locale.of("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** Finnish: Huddinge belongs to the administrative area for Finnish (SFS 2009:724). */
    public static final Locale FINNISH = Locale.of("fi");
    /** The languages the portal speaks, in the order the language switch offers them. */
    public static final List<Locale> LANGUAGES = List.of(SWEDISH, FINNISH, ENGLISH);
    /** The bundles under {@code vaadin-i18n/}: the portal's own, the prize's, the review's, staff sign-in's, and so on. */
    public static final List<String> BUNDLES = List.of("translations", "prize", "review", "security", "links", "privacy", "lix", "comments",
            "readability", "easyread", "opendata", "assisted");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale l = supported(locale);
        // a Finnish or English bundle's parent is the Swedish one, so a key without a text of its own reads Swedish
        String pattern = pattern(key, l);
        if (pattern == null) {
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, l).format(params);
    }

    /** The text of {@code key} in {@code locale}'s bundles (their Swedish parents included), or null when none has it. */
    private static String pattern(String key, Locale locale) {
        for (String name : BUNDLES) {
            ResourceBundle bundle = bundle(name, locale);
            if (bundle != null && bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return null;
    }

    /** The supported locale nearest to {@code locale}: English for English, Finnish for Finnish, else Swedish. */
    public static Locale supported(Locale locale) {
        if (locale != null && ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return ENGLISH;
        }
        return locale != null && FINNISH.getLanguage().equals(locale.getLanguage()) ? FINNISH : SWEDISH;
    }

    private static ResourceBundle bundle(String name, Locale l) {
        try {
            return ResourceBundle.getBundle("vaadin-i18n/" + name, SWEDISH.equals(l) ? Locale.ROOT : l, NO_FALLBACK);
        } catch (MissingResourceException e) {
            return null; // a bundle of a feature that has no texts yet (or none in this language)
        }
    }
}
