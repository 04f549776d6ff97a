package se.huddinge.delaktighet.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The TLS-terminating proxies or load balancers in front of the portal ({@code portal.proxies.trusted}): addresses
 * ({@code 10.0.4.7}) or CIDR ranges ({@code 10.0.4.0/24}, {@code fd00::/8}). Only a request whose peer is one of
 * them may say, in {@code X-Forwarded-For} and {@code X-Forwarded-Proto}, which client it came from and that it came
 * over HTTPS ({@link TrustOnlyNamedProxies}); from any other peer those headers are ignored. Empty, the default:
 * no peer is trusted, and the client address is the peer's own.
 *
 * @param trusted the proxies' addresses or ranges, each as {@code address/prefix} once bound
 */
@ConfigurationProperties("portal.proxies")
public record TrustedProxies(@DefaultValue List<String> trusted) {

    /** An IP address written out, not a host name: no name is looked up, neither here nor in Tomcat's check. */
    private static final Pattern LITERAL = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    public TrustedProxies {
        trusted = trusted.stream().map(String::strip).filter(e -> !e.isEmpty()).map(TrustedProxies::range).toList();
    }

    /** {@code entry} as {@code address/prefix}: a lone address is a range of one. */
    private static String range(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        try {
            if (!LITERAL.matcher(address).matches()) {
                throw new UnknownHostException(address);
            }
            int bits = InetAddress.getByName(address).getAddress().length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                throw new NumberFormatException();
            }
            return address + "/" + prefix;
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("portal.proxies.trusted: \"" + entry
                    + "\" is not an IP address or a CIDR range such as 10.0.4.0/24");
        }
    }
}
