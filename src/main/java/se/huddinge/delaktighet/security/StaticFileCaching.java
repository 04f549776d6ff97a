package se.huddinge.delaktighet.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Static files may be kept by the browser, so a second visit fetches only the page and its UIDL. Spring Security's
 * {@code no-store} headers are for pages and Vaadin's answers, not for these files ({@link #STATIC} is left out of
 * them in {@link SecurityHeaders}); Vaadin then gives each file its caching (an hour, or a year for stylesheets
 * named with their content's hash). The JavaScript bundle's files are named by their content's hash too
 * ({@code VAADIN/build/FlowClient-XDkeHcOw.js}), so they are kept for a year as well: a new release has new names.
 */
class StaticFileCaching extends FixedCacheControl {

    static final String A_YEAR = "public, max-age=31536000, immutable";
    private static final Pattern STATIC_PATH = Pattern.compile(
            "/(VAADIN/build/|VAADIN/static/|lumo/|styles/|images/|icons/|favicon\\.ico).*");
    private static final Pattern HASHED_BUILD_FILE = Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.js");

    /** Static files: GET requests for the bundle, the stylesheets, images and icons. */
    static final RequestMatcher STATIC = request -> "GET".equals(request.getMethod())
            && STATIC_PATH.matcher(path(request)).matches();

    StaticFileCaching() {
        super(A_YEAR);
    }

    @Override
    boolean appliesTo(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && HASHED_BUILD_FILE.matcher(path(request)).matches();
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        // a request line Tomcat could not read has no address; its answer is the error page (ErrorAnswerHeaders)
        return uri == null ? "" : uri.substring(request.getContextPath() == null ? 0 : request.getContextPath().length());
    }
}
