package se.huddinge.delaktighet.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;

/**
 * The portal's texts in one language, for markup written both by a view ({@code this::getTranslation}) and for a
 * page's first HTML, where there is no UI yet ({@link #of}).
 */
@FunctionalInterface
public interface Texts {

    String get(String key, Object... params);

    static Texts of(I18NProvider provider, Locale locale) {
        return (key, params) -> provider.getTranslation(key, locale, params);
    }
}
