package se.huddinge.delaktighet.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy ({@code apt-get install haproxy}, 2.6) in front of two portal instances, as an operator would put
 * it: round robin for new visitors, then sticky by its own cookie (a Vaadin UI lives in one instance's memory), an
 * instance taken out while its readiness on the management port is not UP. Its configuration is written to a
 * temporary folder; its statistics page gives each instance's share of the requests.
 */
final class HaProxy implements AutoCloseable {

    /** One backend instance: its public port and its management port (for the health check). */
    record Backend(String name, int port, int managementPort) {
    }

    private final int port;
    private final int statsPort;
    private final Path dir;
    private Process process;

    HaProxy() throws IOException, InterruptedException {
        ensureInstalled();
        this.port = PrivateMariaDb.freePort();
        this.statsPort = PrivateMariaDb.freePort();
        this.dir = Files.createTempDirectory("portal-load-haproxy-");
    }

    String base() {
        return "http://localhost:" + port + "/";
    }

    void start(List<Backend> backends) throws IOException, InterruptedException {
        var config = new StringBuilder("""
                global
                    maxconn 4000
                defaults
                    mode http
                    timeout connect 5s
                    timeout client 120s
                    timeout server 120s
                    option forwardfor
                frontend portal
                    bind 127.0.0.1:%d
                    default_backend portals
                backend portals
                    balance roundrobin
                    cookie PORTAL_INSTANCE insert indirect nocache httponly
                    option httpchk
                    http-check send meth GET uri /actuator/health/readiness
                """.formatted(port));
        for (Backend b : backends) {
            config.append("    server %s 127.0.0.1:%d cookie %s check port %d inter 2s%n".formatted(b.name(), b.port(),
                    b.name(), b.managementPort()));
        }
        config.append("""
                listen stats
                    bind 127.0.0.1:%d
                    stats enable
                    stats uri /stats
                """.formatted(statsPort));
        Path file = Files.writeString(dir.resolve("haproxy.cfg"), config);
        process = new ProcessBuilder("/usr/sbin/haproxy", "-db", "-f", file.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("haproxy.log").toFile()).start();
        long until = System.currentTimeMillis() + 30_000;
        while (requestsPerServer().values().stream().filter(v -> v[1] == 1).count() < backends.size()) {
            if (System.currentTimeMillis() > until || !process.isAlive()) {
                throw new IOException("HAProxy did not see both instances up; see target/load/haproxy.log");
            }
            Thread.sleep(500);
        }
    }

    /** Per backend server: HTTP requests it answered, and 1 when its health check says UP. */
    Map<String, long[]> requestsPerServer() throws IOException, InterruptedException {
        var all = new LinkedHashMap<String, long[]>();
        String csv;
        try {
            csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statsPort
                    + "/stats;csv")).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException notYet) {
            return all;
        }
        String[] lines = csv.split("\n");
        List<String> header = Arrays.asList(lines[0].replaceFirst("^# ", "").split(","));
        int requests = header.indexOf("req_tot");
        int status = header.indexOf("status");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            if (f.length > requests && f[0].equals("portals") && !f[1].equals("BACKEND")) {
                all.put(f[1], new long[] {f[requests].isEmpty() ? 0 : Long.parseLong(f[requests]),
                        f[status].startsWith("UP") ? 1 : 0});
            }
        }
        return all;
    }

    /** Stops HAProxy; its configuration and log are kept in {@code target/load/}, the temporary folder deleted. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.copy(file, Path.of("target", "load", file.getFileName().toString()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    /** Installs HAProxy from Debian when it is missing, or says clearly how to. */
    private static void ensureInstalled() throws IOException, InterruptedException {
        if (Files.isExecutable(Path.of("/usr/sbin/haproxy"))) {
            return;
        }
        var install = new ProcessBuilder("apt-get", "install", "-y", "haproxy").redirectErrorStream(true).start();
        String out = new String(install.getInputStream().readAllBytes());
        if (install.waitFor() != 0 || !Files.isExecutable(Path.of("/usr/sbin/haproxy"))) {
            throw new IOException("the two-instance run needs HAProxy: run 'apt-get update && apt-get install -y "
                    + "haproxy' (Debian's haproxy 2.6) and start again; apt-get said: " + out);
        }
    }
}
