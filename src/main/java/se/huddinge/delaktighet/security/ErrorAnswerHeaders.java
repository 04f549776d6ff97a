package se.huddinge.delaktighet.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.web.ResponseHeaders;

/** The security headers ({@link SecurityHeaders}) for the error answers given outside the filters (base/web). */
@Component
class ErrorAnswerHeaders implements ResponseHeaders {

    @Override
    public void writeTo(HttpServletRequest request, HttpServletResponse response) {
        SecurityHeaders.writeTo(request, response);
    }
}
