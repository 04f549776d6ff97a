package se.huddinge.delaktighet.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Vaadin's background requests (the page's server round trips, {@code ?v-r=uidl}, heartbeats, uploads) carry what a
 * staff page shows, and Vaadin answers them with {@code Cache-Control: no-cache}, which still lets a browser or proxy
 * keep a copy. Here any caching header Vaadin sets on them becomes {@code no-store}. Pages themselves get it from
 * Spring Security's headers ({@link SecurityHeaders}); static files keep their own caching.
 */
class NoStoreForVaadinRequests extends FixedCacheControl {

    static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

    NoStoreForVaadinRequests() {
        super(NO_STORE);
    }

    @Override
    boolean appliesTo(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && (query.startsWith("v-r=") || query.contains("&v-r="));
    }
}
