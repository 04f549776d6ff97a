package se.huddinge.delaktighet.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal SMTP server on loopback that takes one message per connection and then ends the connection the way a
 * server going away does: at the next message's {@code MAIL FROM} it answers 421 and closes ({@link Ending#CLOSING}),
 * or it has already closed its side without a word ({@link Ending#SILENT}, as a stopped GreenMail does), or it
 * answers 421 to every message, the first one too ({@link Ending#CLOSING_AT_ONCE}). It records the Message-ID of every
 * message it took.
 */
final class ClosingSmtpServer implements AutoCloseable {

    enum Ending { CLOSING, SILENT, CLOSING_AT_ONCE }

    private static final Pattern MESSAGE_ID = Pattern.compile("(?i)^Message-ID:\\s*(\\S+)");

    private final ServerSocket socket;
    private final Ending ending;
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger closings = new AtomicInteger();
    /** The Message-ID of each message taken, in order. */
    final List<String> taken = new CopyOnWriteArrayList<>();

    ClosingSmtpServer(int port, Ending ending) throws IOException {
        this.socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.ending = ending;
        Thread.ofVirtual().start(this::serve);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.incrementAndGet();
                Thread.ofVirtual().start(() -> talk(client));
            } catch (IOException e) {
                // closed
            }
        }
    }

    private void talk(Socket client) {
        try (client;
             var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
             var out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            out.print("220 closing.test ESMTP\r\n");
            out.flush();
            int messages = 0;
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase();
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    out.print("250 closing.test\r\n");
                } else if (command.startsWith("MAIL FROM")) {
                    if (ending == Ending.CLOSING_AT_ONCE || (ending == Ending.CLOSING && messages > 0)) {
                        closings.incrementAndGet();
                        out.print("421 4.3.2 Service shutting down and closing transmission channel\r\n");
                        out.flush();
                        return;
                    }
                    out.print("250 OK\r\n");
                } else if (command.startsWith("RCPT TO")) {
                    out.print("250 OK\r\n");
                } else if (command.equals("DATA")) {
                    out.print("354 End data with <CR><LF>.<CR><LF>\r\n");
                    out.flush();
                    String id = null;
                    for (String data; (data = in.readLine()) != null && !data.equals("."); ) {
                        Matcher m = MESSAGE_ID.matcher(data);
                        if (id == null && m.find()) {
                            id = m.group(1);
                        }
                    }
                    taken.add(id);
                    messages++;
                    out.print("250 OK queued\r\n");
                    out.flush();
                    if (ending == Ending.SILENT) {
                        // gone without a word: the client reads the end of the stream at its next command
                        client.shutdownOutput();
                    }
                    continue;
                } else if (command.startsWith("RSET") || command.startsWith("NOOP")) {
                    out.print("250 OK\r\n");
                } else if (command.startsWith("QUIT")) {
                    out.print("221 Bye\r\n");
                    out.flush();
                    return;
                } else {
                    out.print("503 Bad sequence of commands\r\n");
                }
                out.flush();
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
