package se.huddinge.delaktighet.proposal.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import se.huddinge.delaktighet.proposal.ProposalRules;

/**
 * The attachment size limit ({@link ProposalRules#maxAttachmentBytes()}) holds for every request to Vaadin's upload
 * endpoint ({@code /VAADIN/dynamic/resource/…}), whatever a client sends: a request that announces more is answered
 * 413 and one that does not announce its length ({@code chunked}) 411, both before anything is read; the body of the
 * rest is cut off should it send more than it announced. Browsers always announce the length of a file they upload.
 * The servlet's multipart settings come from the same rule, for the servlets that use them (Vaadin's own servlet,
 * reached by a forward from Spring's, sets none: the announced length is what holds there). Vaadin's upload
 * component sends one file per request, so one file's limit and some room for the multipart envelope is enough.
 */
@Configuration
class UploadLimit {

    private static final Logger log = LoggerFactory.getLogger(UploadLimit.class);
    /** Room for a multipart request's headers and boundaries around the file. */
    static final long ENVELOPE = 64 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uploadLimitFilter(ProposalRules rules) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(rules.maxAttachmentBytes() + ENVELOPE));
        registration.addUrlPatterns("/VAADIN/dynamic/*");
        registration.setName("uploadLimit");
        return registration;
    }

    /** The servlet's own multipart limits, from the same rule (replaces {@code spring.servlet.multipart.*}). */
    @Bean
    MultipartConfigElement multipartConfigElement(ProposalRules rules) {
        return new MultipartConfigElement(null, rules.maxAttachmentBytes(), rules.maxAttachmentBytes() + ENVELOPE,
                1024 * 1024);
    }

    static final class Filter extends OncePerRequestFilter {

        private final long limit;

        Filter(long limit) {
            this.limit = limit;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
                chain.doFilter(request, response);
                return;
            }
            long length = request.getContentLengthLong();
            if (length < 0) {
                // a multipart body of unknown length would be parsed by the container, past any stream we wrap
                log.info("An upload without a length was refused");
                response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
                return;
            }
            if (length > limit) {
                log.info("An upload of {} bytes was refused (limit {})", length, limit);
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            chain.doFilter(new Capped(request, limit), response);
        }
    }

    /** A request whose body reads fail once more than {@code limit} bytes have come. */
    static final class Capped extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CappedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CappedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        CappedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new IOException("Upload larger than " + limit + " bytes refused");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
