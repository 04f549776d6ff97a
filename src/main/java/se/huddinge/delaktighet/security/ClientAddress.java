package se.huddinge.delaktighet.security;

import com.vaadin.flow.server.VaadinRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A request's client address as the portal keeps and counts it: at most {@value #MAX_LENGTH} characters, the
 * longest text form of an IPv6 address and the width of {@code staff_audit.client_address}. Tomcat takes the address
 * from a trusted proxy's {@code X-Forwarded-For} without checking its form; a longer value is cut rather than let it
 * fail the audit row, which would leave a failed sign-in uncounted.
 */
public final class ClientAddress {

    static final int MAX_LENGTH = 45;

    private ClientAddress() {
    }

    /**
     * The client address of the request being answered (as the trusted proxy reports it), bounded; null outside a
     * request (a scheduled job, a test calling a service directly).
     */
    public static String ofCurrentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            return bounded(a.getRequest().getRemoteAddr());
        }
        // a Vaadin request answered outside Spring's request scope
        var vaadin = VaadinRequest.getCurrent();
        return vaadin == null ? null : bounded(vaadin.getRemoteAddr());
    }

    static String bounded(String address) {
        if (address == null) {
            return null;
        }
        String a = address.strip();
        return a.length() > MAX_LENGTH ? a.substring(0, MAX_LENGTH) : a;
    }
}
