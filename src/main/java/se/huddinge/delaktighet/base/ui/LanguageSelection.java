package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/**
 * Swedish unless the visitor chose Finnish or English, or their browser asks for Finnish before Swedish (DD38). The
 * choice is made with the header's links ({@link LanguageSwitch}) and kept in a cookie (a strictly necessary
 * preference cookie, named on the privacy page), which every request carries, so this visit and the next read it.
 */
@Component
public class LanguageSelection implements VaadinServiceInitListener {

    static final String COOKIE = "portal-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> apply(e.getUI(), chosen(VaadinRequest.getCurrent())));
    }

    /** The visitor's language: the cookie's choice, else the browser's ({@link #fromBrowser}). */
    static Locale chosen(VaadinRequest request) {
        if (request == null) {
            return PortalI18n.SWEDISH;
        }
        if (request.getCookies() != null) {
            var cookie = Arrays.stream(request.getCookies())
                    .filter(c -> COOKIE.equals(c.getName()))
                    .map(Cookie::getValue)
                    .map(Locale::of)
                    .map(PortalI18n::supported)
                    .findFirst();
            if (cookie.isPresent()) {
                return cookie.get();
            }
        }
        return fromBrowser(request.getHeader("Accept-Language"));
    }

    /**
     * The language of a first visit, from the browser's {@code Accept-Language}: Finnish when the browser ranks Finnish
     * above Swedish (Finnish speakers' right to use Finnish, SFS 2009:724), else Swedish. English is never guessed: many
     * Swedish-speaking residents run a browser in English, and English is one click away (DD38).
     */
    static Locale fromBrowser(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return PortalI18n.SWEDISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String language = range.getRange().split("-", 2)[0];
                if (PortalI18n.FINNISH.getLanguage().equals(language)) {
                    return PortalI18n.FINNISH;
                }
                if (PortalI18n.SWEDISH.getLanguage().equals(language)) {
                    return PortalI18n.SWEDISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a header no browser writes: the municipality's language
        }
        return PortalI18n.SWEDISH;
    }

    private static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        if (ui.getSession() != null) {
            ui.getSession().setLocale(locale);
        }
        ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0)", locale.getLanguage());
    }
}
