package se.huddinge.delaktighet.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's MariaDB server ({@code apt-get install mariadb-server}), run privately by the benchmark: its own data
 * directory under /tmp, its own free port on the loopback address, started as root with {@code --user=root} and
 * without TLS, the {@code portal} database and user created at once, deleted at the end.
 */
final class PrivateMariaDb implements AutoCloseable {

    private final Path dir;
    private final int port;
    private Process process;

    PrivateMariaDb() throws IOException {
        this.dir = Files.createTempDirectory("portal-load-mariadb-");
        this.port = freePort();
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    long pid() {
        return process.pid();
    }

    String url() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/portal";
    }

    void install() throws IOException, InterruptedException {
        run(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + dir.resolve("data"), "--user=root",
                "--auth-root-authentication-method=normal", "--skip-test-db"));
    }

    void start() throws IOException, InterruptedException, SQLException {
        process = new ProcessBuilder("mariadbd", "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("sock"), "--user=root",
                "--skip-ssl", "--pid-file=" + dir.resolve("pid"), "--log-error=" + dir.resolve("error.log"),
                "--innodb-buffer-pool-size=256M", "--max-connections=300", "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_swedish_ci")
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            try (Connection c = DriverManager.getConnection(
                    "jdbc:mariadb://127.0.0.1:" + port + "/?user=root&password=")) {
                try (var s = c.createStatement()) {
                    s.execute("CREATE DATABASE IF NOT EXISTS portal CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
                    s.execute("CREATE USER IF NOT EXISTS portal@'%' IDENTIFIED BY 'portal'");
                    s.execute("GRANT ALL ON portal.* TO portal@'%'");
                }
                return;
            } catch (SQLException e) {
                if (System.currentTimeMillis() > until || !process.isAlive()) {
                    throw e;
                }
                Thread.sleep(300);
            }
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url() + "?user=portal&password=portal");
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        stop();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        var p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
    }
}
