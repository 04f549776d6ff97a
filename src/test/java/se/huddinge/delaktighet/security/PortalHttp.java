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
    private final int port;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();

    PortalHttp(int port) {
        this.port = port;
    }

    /** Every following request arrives as HTTPS through the proxy. */
    PortalHttp viaHttpsProxy() {
        extraHeaders.put("X-Forwarded-Proto", "https");
        return this;
    }

    /** Every following request comes from this client address, as the proxy reports it. */
    PortalHttp from(String address) {
        extraHeaders.put("X-Forwarded-For", address);
        return this;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sends the staff login form as a browser would: with the CSRF token of the login page. */
    HttpResponse<String> signIn(String username, String password) {
        String csrf = csrfToken(get("logga-in"));
        return post("logga-in", "application/x-www-form-urlencoded", form(Map.of("username", username,
                "password", password, "_csrf", csrf)));
    }

    static String csrfToken(HttpResponse<String> page) {
        var m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + page.uri());
        }
        return m.group(1);
    }

    private HttpRequest.Builder request(String path) {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path));
        extraHeaders.forEach(b::header);
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            var response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(c -> {
                String pair = c.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            });
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
