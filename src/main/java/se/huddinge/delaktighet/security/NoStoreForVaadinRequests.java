package se.huddinge.delaktighet.security;

import com.vaadin.flow.server.HandlerHelper;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Vaadin's background requests (the page's server round trips, {@code ?v-r=uidl}, heartbeats, uploads) carry what a
 * staff page shows, and Vaadin answers them with {@code Cache-Control: no-cache}, which still lets a browser or proxy
 * keep a copy. Here any caching header Vaadin sets on them becomes {@code no-store}. Pages themselves get it from
 * Spring Security's headers ({@link SecurityHeaders}); static files keep their own caching. Which requests are
 * Vaadin's own is Vaadin's public answer ({@link HandlerHelper#isFrameworkInternalRequest}) for its servlet at the root.
 */
class NoStoreForVaadinRequests extends FixedCacheControl {

    /** Vaadin's servlet mapping ({@code vaadin.url-mapping}, the root by default). */
    private static final String VAADIN_SERVLET = "/*";
    static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

    NoStoreForVaadinRequests() {
        super(NO_STORE);
    }

    @Override
    boolean appliesTo(HttpServletRequest request) {
        return HandlerHelper.isFrameworkInternalRequest(VAADIN_SERVLET, request);
    }
}
