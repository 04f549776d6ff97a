package se.huddinge.delaktighet.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal SMTP server on loopback that speaks the protocol up to RCPT TO and then refuses the recipient for
 * good (550), as a real mail server does for an address that does not exist. GreenMail accepts every address.
 */
final class RefusingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;
    final AtomicInteger recipientsRefused = new AtomicInteger();

    RefusingSmtpServer(int port) throws IOException {
        socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        thread = Thread.ofVirtual().start(this::serve);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept();
                 var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                 var out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
                out.print("220 refusing.test ESMTP\r\n");
                out.flush();
                String line;
                while ((line = in.readLine()) != null) {
                    String command = line.toUpperCase();
                    if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                        out.print("250 refusing.test\r\n");
                    } else if (command.startsWith("MAIL FROM")) {
                        out.print("250 OK\r\n");
                    } else if (command.startsWith("RCPT TO")) {
                        recipientsRefused.incrementAndGet();
                        out.print("550 5.1.1 No such user here\r\n");
                    } else if (command.startsWith("QUIT")) {
                        out.print("221 Bye\r\n");
                        out.flush();
                        break;
                    } else {
                        out.print("503 Bad sequence of commands\r\n");
                    }
                    out.flush();
                }
            } catch (IOException e) {
                // closed, or the client went away
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        thread.interrupt();
    }
}
