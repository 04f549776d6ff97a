package se.huddinge.delaktighet.base.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's last word on an error nobody else answered: instead of its bare English "HTTP Status 400" page (no
 * server version, no stack trace either way) the portal's {@link PlainErrorPage}, with the status kept and the
 * security headers of every page. Runs for requests Tomcat refuses before any servlet or filter sees them.
 */
final class PortalErrorReportValve extends ErrorReportValve {

    private final String html;
    private final ResponseHeaders headers;

    PortalErrorReportValve(String html, ResponseHeaders headers) {
        this.html = html;
        this.headers = headers;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        // as Tomcat's own: only an error, only when nothing is written yet, and only once
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            writeHeaders(request, response);
            response.setContentType("text/html");
            response.setCharacterEncoding("utf-8");
            response.setHeader("Content-Language", "sv");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(html);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone or the response is committed: nothing more to tell
        }
    }

    /**
     * The security headers. A request Tomcat could not parse (a '|' in the path, a path longer than its buffer) has
     * no path to read, and a header writer that looks at it fails: the headers are then written as for the start
     * page, whose policy is the same, so the refusal still carries them and its page still goes out.
     */
    private void writeHeaders(Request request, Response response) {
        try {
            headers.writeTo(request, response);
        } catch (RuntimeException unparsed) {
            headers.writeTo(new jakarta.servlet.http.HttpServletRequestWrapper(request) {
                @Override
                public String getRequestURI() {
                    return "/";
                }

                @Override
                public StringBuffer getRequestURL() {
                    return new StringBuffer("/");
                }

                @Override
                public String getServletPath() {
                    return "/";
                }

                @Override
                public String getPathInfo() {
                    return null;
                }

                @Override
                public String getQueryString() {
                    return null;
                }
            }, response);
        }
    }
}
