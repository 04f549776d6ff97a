package se.huddinge.delaktighet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin's background requests (the page's server round trips, {@code ?v-r=uidl}, heartbeats, uploads) carry what a
 * staff page shows, and Vaadin answers them with {@code Cache-Control: no-cache}, which still lets a browser or proxy
 * keep a copy. Here any caching header Vaadin sets on them becomes {@code no-store}. Pages themselves get it from
 * Spring Security's headers ({@link SecurityHeaders}); static files keep their own caching.
 */
class NoStoreForVaadinRequests extends OncePerRequestFilter {

    static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query == null || !(query.startsWith("v-r=") || query.contains("&v-r="))) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", NO_STORE);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "Cache-Control".equalsIgnoreCase(name) ? NO_STORE : value);
            }

            @Override
            public void addHeader(String name, String value) {
                if ("Cache-Control".equalsIgnoreCase(name)) {
                    super.setHeader(name, NO_STORE);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
