package se.huddinge.delaktighet.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
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
    /**
     * Spring Security's defaults (nosniff, {@code X-XSS-Protection: 0}, HSTS on HTTPS requests) and the portal's
     * own: no-store for pages and Vaadin's answers (static files keep their own caching, {@link StaticFileCaching}),
     * no framing, the referrer only to the portal itself, no device features, and the Content-Security-Policy.
     */
    private static final List<HeaderWriter> WRITERS = List.of(
            new XContentTypeOptionsHeaderWriter(),
            new XXssProtectionHeaderWriter(),
            new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(StaticFileCaching.STATIC),
                    new CacheControlHeadersWriter()),
            new HstsHeaderWriter(),
            new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
            new ReferrerPolicyHeaderWriter(ReferrerPolicy.SAME_ORIGIN),
            new PermissionsPolicyHeaderWriter(PERMISSIONS_POLICY),
            new ContentSecurityPolicy());

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
        headers.defaultsDisabled();
        WRITERS.forEach(headers::addHeaderWriter);
    }

    /**
     * Writes the same headers on an answer given outside Spring Security's filters: what Tomcat refuses before any
     * filter runs, and the error page that a refusal of the security firewall is forwarded to.
     */
    static void writeTo(HttpServletRequest request, HttpServletResponse response) {
        WRITERS.forEach(w -> w.writeHeaders(request, response));
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
