package se.huddinge.delaktighet.base.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/**
 * The language switch in the header: one plain link per language the page is not in, each named in its own
 * language (DD38), and the small answer behind them ({@code /sprak/fi}), which keeps the choice in a cookie and sends
 * the visitor back to the page they came from, now in that language (DD47).
 *
 * <p>Plain links instead of buttons: they work in the first HTML before the app has started and without JavaScript,
 * and the app's header holds them as one piece of fixed HTML, not a component per language that every idle session
 * would keep (docs/benchmarks.md, "Idle sessions"). The links are {@code router-ignore}, so the browser loads the
 * address itself instead of Vaadin's router looking for a view called {@code sprak}.
 */
@RestController
public class LanguageSwitch {

    /** The answer's path; {@code robots.txt} keeps search engines out of it. */
    public static final String PATH = "sprak";

    private static final Duration A_YEAR = Duration.ofDays(365);

    /** The switch for a page in {@code current}: a link to each other language. */
    static StaticHtml links(Locale current) {
        var html = StaticHtml.start("div", "class", "language-choice");
        for (Locale other : otherLanguages(current)) {
            String code = other.getLanguage();
            html.element("a", languageName(other), "href", PATH + "/" + code, "id", "language-" + code, "lang", code,
                    "hreflang", code, "rel", "nofollow", "router-ignore", null);
        }
        return html.close("div");
    }

    /** The languages the switch offers: every language but the page's. */
    static List<Locale> otherLanguages(Locale current) {
        Locale page = PortalI18n.supported(current);
        return PortalI18n.LANGUAGES.stream().filter(l -> !l.equals(page)).toList();
    }

    /** A language's name in itself, as the switch shows it. */
    static String languageName(Locale language) {
        return switch (PortalI18n.supported(language).getLanguage()) {
            case "en" -> "English";
            case "fi" -> "Suomi";
            default -> "Svenska";
        };
    }

    /**
     * Keeps the visitor's choice for this and later visits (a strictly necessary preference cookie, named on the
     * privacy page) and sends them back to the page they were on: the path of the {@code Referer} (the portal's
     * {@code Referrer-Policy} is {@code same-origin}, so only the portal's own pages send one), else the start page.
     * Only the path is used, so the answer can never send anyone to another site. A language the portal does not
     * speak is not found.
     */
    @GetMapping("/" + PATH + "/{code}")
    ResponseEntity<Void> choose(@PathVariable String code, HttpServletRequest request) {
        var language = PortalI18n.LANGUAGES.stream().filter(l -> l.getLanguage().equals(code)).findFirst();
        if (language.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        String root = request.getContextPath() + "/";
        var cookie = ResponseCookie.from(LanguageSelection.COOKIE, code).path(root).maxAge(A_YEAR).sameSite("Lax")
                .httpOnly(true).secure(request.isSecure()).build();
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .header(HttpHeaders.LOCATION, back(request.getHeader(HttpHeaders.REFERER), root))
                .cacheControl(CacheControl.noStore())
                .build();
    }

    /** The path (and query) of the page the visitor came from, if it is one of the portal's; else the start page. */
    static String back(String referer, String root) {
        if (referer == null || referer.isBlank()) {
            return root;
        }
        try {
            URI from = URI.create(referer);
            String path = from.getRawPath();
            // "//host" would be another site to a browser; the switch's own address would loop
            if (path == null || !path.startsWith(root) || path.startsWith("//") || path.contains("\\")
                    || path.startsWith(root + PATH + "/")) {
                return root;
            }
            return from.getRawQuery() == null ? path : path + "?" + from.getRawQuery();
        } catch (IllegalArgumentException malformed) {
            return root;
        }
    }
}
