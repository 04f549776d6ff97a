package se.huddinge.delaktighet;

import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The SMTP port of this test JVM: a free port, chosen once when the test run starts and handed to the app as
 * {@code spring.mail.port}, so two builds on one machine never read each other's letters. Every GreenMail a test
 * starts listens on it ({@link #setup()}).
 */
public final class TestSmtp implements LauncherSessionListener {

    public static final String PROPERTY = "spring.mail.port";
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
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            int port = socket.getLocalPort();
            System.setProperty(PROPERTY, Integer.toString(port));
            return port;
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the test SMTP server", e);
        }
    }
}
