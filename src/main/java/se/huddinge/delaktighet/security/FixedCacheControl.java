package se.huddinge.delaktighet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives the requests a filter picks one {@code Cache-Control} value that nothing later can change: whatever caching
 * header Vaadin or Spring sets on the answer afterwards is replaced by it.
 */
abstract class FixedCacheControl extends OncePerRequestFilter {

    private static final String CACHE_CONTROL = "Cache-Control";

    private final String value;

    FixedCacheControl(String value) {
        this.value = value;
    }

    /** Whether this request's answer gets the fixed value. */
    abstract boolean appliesTo(HttpServletRequest request);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!appliesTo(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(CACHE_CONTROL, value);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String given) {
                super.setHeader(name, CACHE_CONTROL.equalsIgnoreCase(name) ? value : given);
            }

            @Override
            public void addHeader(String name, String given) {
                if (CACHE_CONTROL.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                } else {
                    super.addHeader(name, given);
                }
            }
        });
    }
}
