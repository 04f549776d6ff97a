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
            headers.writeTo(request, response);
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
}
