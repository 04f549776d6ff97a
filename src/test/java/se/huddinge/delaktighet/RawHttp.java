package se.huddinge.delaktighet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

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
            String all = bytes.toString(StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String head = split < 0 ? all : all.substring(0, split);
            return new RawHttp(Integer.parseInt(head.split(" ")[1].strip()), head,
                    split < 0 ? "" : all.substring(split + 4));
        }
    }

    /** The first value of a header, or "" when it is absent. */
    public String header(String name) {
        return head.lines().filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(l -> l.substring(name.length() + 1).strip()).findFirst().orElse("");
    }
}
