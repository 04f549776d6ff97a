package se.huddinge.delaktighet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A raw HTTP/1.1 request over a socket: the path goes out exactly as given, as a browser or a scanner may send it
 * ({@code java.net.URI} and HTTP clients refuse or normalise most bad addresses).
 */
public record RawHttp(int status, String head, String body) {

    /** A GET as a browser asks for a page. */
    public static RawHttp get(int port, String path) throws IOException {
        return send(port, "GET", path, "Accept: text/html\r\n");
    }

    /** Any method, path and extra header lines (each ending in CRLF). */
    public static RawHttp send(int port, String method, String path, String headers) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n" + headers
                    + "Accept-Language: sv-SE,sv;q=0.9,en;q=0.8\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            var bytes = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(bytes);
            byte[] all = bytes.toByteArray();
            int split = bodyStart(all);
            String head = new String(all, 0, split < 0 ? all.length : split - 4, StandardCharsets.UTF_8);
            byte[] body = split < 0 ? new byte[0] : Arrays.copyOfRange(all, split, all.length);
            var answer = new RawHttp(Integer.parseInt(head.split(" ")[1].strip()), head, "");
            if (answer.header("Transfer-Encoding").equalsIgnoreCase("chunked")) {
                body = unchunked(body);
            }
            return new RawHttp(answer.status(), head, new String(body, StandardCharsets.UTF_8));
        }
    }

    /** Where the body starts: after the empty line that ends the head; -1 without one. */
    private static int bodyStart(byte[] all) {
        for (int i = 0; i + 3 < all.length; i++) {
            if (all[i] == '\r' && all[i + 1] == '\n' && all[i + 2] == '\r' && all[i + 3] == '\n') {
                return i + 4;
            }
        }
        return -1;
    }

    /** A body sent in chunks (a page larger than the server's buffer), joined: each chunk is its size in hex, CRLF. */
    private static byte[] unchunked(byte[] chunked) {
        var out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = at;
            while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
        return out.toByteArray();
    }

    /** The first value of a header, or "" when it is absent. */
    public String header(String name) {
        return head.lines().filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(l -> l.substring(name.length() + 1).strip()).findFirst().orElse("");
    }
}
