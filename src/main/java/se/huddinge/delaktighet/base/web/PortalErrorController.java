package se.huddinge.delaktighet.base.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /error}, where the servlet container forwards an error that nothing else answered (a refusal of the security
 * firewall, a failed request to Spring MVC): the portal's {@link PlainErrorPage} with the error's status, for every
 * client, in place of Boot's controller, which gives clients that do not ask for HTML a JSON body of its own. Asked
 * for directly, {@code /error} is no page: 404.
 */
@Controller
class PortalErrorController implements ErrorController {

    private final byte[] body;
    private final ResponseHeaders headers;

    PortalErrorController(PlainErrorPage page, ResponseHeaders headers) {
        this.body = page.html().getBytes(StandardCharsets.UTF_8);
        this.headers = headers;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        // the security firewall refuses before the security headers are written, and they are not written again
        // when the error is forwarded here
        headers.writeTo(request, response);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Language", "sv");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
