package se.huddinge.delaktighet.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * The security headers of every response, pages included. Spring Security writes its headers when the response is
 * committed, but Vaadin's page (index.html) is sent so that they were lost; here they are written when the request
 * arrives, before Vaadin answers. The Content-Security-Policy allows scripts only from the portal itself and inline
 * scripts that carry this request's nonce ({@link CspNonce} puts it on Vaadin's inline scripts). Vaadin Flow needs
 * {@code 'unsafe-eval'} (it runs server-sent JavaScript with {@code new Function}) and inline style attributes.
 */
final class SecurityHeaders {

    /** Request attribute holding the nonce of this response's Content-Security-Policy. */
    static final String NONCE_ATTRIBUTE = SecurityHeaders.class.getName() + ".nonce";
    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecurityHeaders() {
    }

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        // no-store for pages and Vaadin's answers; static files keep their own caching (StaticFileCaching)
        headers.cacheControl(c -> c.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(StaticFileCaching.STATIC), new CacheControlHeadersWriter()));
        headers.frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
                .addHeaderWriter(new ContentSecurityPolicy());
    }

    /** The policy of one response, with a fresh nonce. */
    static String policy(String nonce) {
        return "default-src 'self'; "
                + "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors 'none'";
    }

    private static final class ContentSecurityPolicy implements HeaderWriter {
        @Override
        public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
            if (response.containsHeader("Content-Security-Policy")) {
                return;
            }
            var bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            String nonce = Base64.getEncoder().encodeToString(bytes);
            request.setAttribute(NONCE_ATTRIBUTE, nonce);
            response.setHeader("Content-Security-Policy", policy(nonce));
        }
    }
}
