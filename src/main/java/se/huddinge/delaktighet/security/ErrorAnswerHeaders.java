package se.huddinge.delaktighet.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.web.ResponseHeaders;

/** The security headers ({@link SecurityHeaders}) for the error answers the portal's shell gives outside the filters. */
@Component
class ErrorAnswerHeaders implements ResponseHeaders {

    @Override
    public void writeTo(HttpServletRequest request, HttpServletResponse response) {
        SecurityHeaders.writeTo(request, response);
    }
}
