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
    /** More lines for the server's options file (a Galera node's {@code wsrep_*} settings). */
    private final List<String> options;
    private Process process;

    PrivateMariaDb() throws IOException {
        this(List.of());
    }

    PrivateMariaDb(List<String> options) throws IOException {
        this.dir = Files.createTempDirectory("portal-load-mariadb-");
        this.port = freePort();
        this.options = options;
    }

    Path dir() {
        return dir;
    }

    int port() {
        return port;
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

    /**
     * Starts the server with its options in a file of its own ({@code my.cnf}, the only one read): Galera's state
     * transfer scripts read the server's settings from there.
     */
    void start(String... arguments) throws IOException, InterruptedException, SQLException {
        var cnf = new java.util.ArrayList<>(List.of("[mysqld]", "datadir=" + dir.resolve("data"), "port=" + port,
                "bind-address=127.0.0.1", "socket=" + dir.resolve("sock"), "user=root", "skip-ssl",
                "pid-file=" + dir.resolve("pid"), "log-error=" + dir.resolve("error.log"),
                "innodb_buffer_pool_size=" + (options.isEmpty() ? "256M" : "128M"), "max_connections=300",
                "character_set_server=utf8mb4", "collation_server=utf8mb4_swedish_ci"));
        cnf.addAll(options);
        Files.createDirectories(dir.resolve("data"));
        Files.write(dir.resolve("my.cnf"), cnf);
        var command = new java.util.ArrayList<>(List.of("mariadbd", "--defaults-file=" + dir.resolve("my.cnf")));
        command.addAll(List.of(arguments));
        process = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("out.log")
                        .toFile())).start();
        // a Galera node that joins waits for its state transfer (minutes on a busy machine) before it listens
        long until = System.currentTimeMillis() + (options.isEmpty() ? 60_000 : 600_000);
        while (true) {
            try (Connection c = root()) {
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

    /** {@code kill -9}: the server stops at once, mid-transaction. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Root's connection to the server (no database chosen): for its status and for loading a dump. */
    Connection root() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/?user=root&password=");
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

    static String run(List<String> command) throws IOException, InterruptedException {
        var p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
