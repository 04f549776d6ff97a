package se.huddinge.delaktighet.security;

/**
 * A request's client address as the portal keeps and counts it: at most {@value #MAX_LENGTH} characters, the
 * longest text form of an IPv6 address and the width of {@code staff_audit.client_address}. Tomcat takes the address
 * from a trusted proxy's {@code X-Forwarded-For} without checking its form; a longer value is cut rather than let it
 * fail the audit row, which would leave a failed sign-in uncounted.
 */
final class ClientAddress {

    static final int MAX_LENGTH = 45;

    private ClientAddress() {
    }

    static String bounded(String address) {
        if (address == null) {
            return null;
        }
        String a = address.strip();
        return a.length() > MAX_LENGTH ? a.substring(0, MAX_LENGTH) : a;
    }
}
