package se.huddinge.delaktighet;

import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The SMTP port of this test JVM: a free port, chosen once when the test run starts and handed to the app as
 * {@code spring.mail.port}, so two builds on one machine never read each other's letters. Every GreenMail a test
 * starts listens on it ({@link #setup()}). The port lies below the kernel's ephemeral range (so no server asking for
 * "any free port" is handed it while no GreenMail runs) and is held by a lock file for the JVM's life (so two test
 * JVMs never pick the same one).
 */
public final class TestSmtp implements LauncherSessionListener {

    public static final String PROPERTY = "spring.mail.port";
    private static final int FIRST = 20_000;
    private static final int LAST = 32_000;
    private static FileLock held;
    private static final int PORT = choosePort();

    /** JUnit calls this (via {@code META-INF/services}) before any test class is loaded. */
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        port();
    }

    public static int port() {
        return PORT;
    }

    /** GreenMail's set-up for this JVM's SMTP port. */
    public static ServerSetup setup() {
        return new ServerSetup(PORT, "localhost", ServerSetup.PROTOCOL_SMTP);
    }

    private static int choosePort() {
        String given = System.getProperty(PROPERTY);
        if (given != null) {
            return Integer.parseInt(given);
        }
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST, LAST);
            if (reserve(port)) {
                System.setProperty(PROPERTY, Integer.toString(port));
                return port;
            }
        }
        throw new IllegalStateException("no free port for the test SMTP server between " + FIRST + " and " + LAST);
    }

    private static boolean reserve(int port) {
        Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), "delaktighet-test-smtp-" + port + ".lock");
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return false;
            }
            try (var socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
            } catch (IOException inUse) {
                lock.release();
                channel.close();
                return false;
            }
            held = lock; // released when the JVM ends
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
