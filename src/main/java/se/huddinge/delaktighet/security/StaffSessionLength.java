package se.huddinge.delaktighet.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Residents never sign in, and their session (the Vaadin UI of a page they have left) lives only as long as
 * {@code server.servlet.session.timeout}, a few minutes: an open tab keeps it alive with Vaadin's heartbeat. A staff
 * member's session, once signed in (login form or OpenID Connect), lives {@code portal.sessions.staff-timeout}
 * without a request, so a case being read over a coffee is still there.
 */
@Component
class StaffSessionLength {

    private final int staffSeconds;

    StaffSessionLength(@Value("${portal.sessions.staff-timeout:PT30M}") Duration staffTimeout) {
        this.staffSeconds = Math.toIntExact(staffTimeout.toSeconds());
    }

    @EventListener({AuthenticationSuccessEvent.class, InteractiveAuthenticationSuccessEvent.class})
    void signedIn(AbstractAuthenticationEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            request.getSession().setMaxInactiveInterval(staffSeconds);
        }
    }
}
