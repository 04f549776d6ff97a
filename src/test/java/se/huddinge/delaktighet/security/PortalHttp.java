package se.huddinge.delaktighet.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP visitor of the running portal, as a browser without JavaScript or an attacker's script would be:
 * keeps its own cookies (also {@code Secure} ones, since a proxy in front would speak HTTPS to the browser), may
 * pretend to come through a TLS-terminating proxy ({@code X-Forwarded-Proto: https}) and from a given client address
 * ({@code X-Forwarded-For}).
 */
final class PortalHttp {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    /** Cookies per host and port (the JDK's CookieManager ignores cookies of "localhost"). */
    private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();

    PortalHttp(int port) {
        this("http://localhost:" + port + "/");
    }

    /** A visitor of the portal at {@code base} (ending in a slash); it may also visit other sites. */
    PortalHttp(String base) {
        this.base = base;
    }

    /** Every following request arrives as HTTPS through the proxy. */
    PortalHttp viaHttpsProxy() {
        extraHeaders.put("X-Forwarded-Proto", "https");
        return this;
    }

    /** Every following request says the reader's languages, as a browser does ({@code Accept-Language}). */
    PortalHttp speaking(String acceptLanguage) {
        extraHeaders.put("Accept-Language", acceptLanguage);
        return this;
    }

    /** Every following request says it comes from a link on this page ({@code Referer}). */
    PortalHttp referredFrom(String page) {
        extraHeaders.put("Referer", page);
        return this;
    }

    /** Every following request comes from this client address, as the proxy reports it. */
    PortalHttp from(String address) {
        extraHeaders.put("X-Forwarded-For", address);
        return this;
    }

    HttpResponse<String> get(String path) {
        return get(URI.create(base + path));
    }

    HttpResponse<String> get(URI address) {
        return send(request(address).GET());
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sends {@code body} as it is, e.g. a file to an upload address, with no multipart envelope. */
    HttpResponse<String> postBytes(String path, HttpRequest.BodyPublisher body) {
        return send(request(URI.create(base + path)).header("Content-Type", "application/octet-stream").POST(body));
    }

    HttpResponse<String> postForm(URI address, Map<String, String> fields) {
        return send(request(address).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /** Sends the staff login form as a browser would: with the CSRF token of the login page. */
    HttpResponse<String> signIn(String username, String password) {
        String csrf = csrfToken(get("logga-in"));
        return postForm(URI.create(base + "logga-in"), Map.of("username", username, "password", password,
                "_csrf", csrf));
    }

    static String csrfToken(HttpResponse<String> page) {
        var m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + page.uri());
        }
        return m.group(1);
    }

    private HttpRequest.Builder request(URI address) {
        // as a browser asks for a page (an OIDC provider sends only page requests to its login form)
        var b = HttpRequest.newBuilder(address).header("Accept", "text/html");
        extraHeaders.forEach(b::header);
        var jar = cookies.getOrDefault(address.getAuthority(), Map.of());
        if (!jar.isEmpty()) {
            b.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            var response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            var jar = cookies.computeIfAbsent(response.uri().getAuthority(), k -> new LinkedHashMap<>());
            response.headers().allValues("Set-Cookie").forEach(c -> {
                String pair = c.split(";", 2)[0];
                int eq = pair.indexOf('=');
                jar.put(pair.substring(0, eq), pair.substring(eq + 1));
            });
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends this cookie with every following request to the portal, as a browser that has it would. */
    PortalHttp withCookie(String name, String value) {
        cookies.computeIfAbsent(URI.create(base).getAuthority(), k -> new LinkedHashMap<>()).put(name, value);
        return this;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
