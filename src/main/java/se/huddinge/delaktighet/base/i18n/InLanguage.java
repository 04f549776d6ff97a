package se.huddinge.delaktighet.base.i18n;

import java.util.Locale;

/** A few words given in each of the portal's languages, outside the bundles (letters' values, the settings' lists). */
public final class InLanguage {

    private InLanguage() {
    }

    /**
     * The English words for English, the Finnish for Finnish when there are any (a list in the settings may have no
     * Finnish name), else the Swedish.
     */
    public static String pick(Locale locale, String sv, String en, String fi) {
        Locale l = PortalI18n.supported(locale);
        if (PortalI18n.ENGLISH.equals(l)) {
            return en;
        }
        return PortalI18n.FINNISH.equals(l) && fi != null && !fi.isBlank() ? fi : sv;
    }
}
