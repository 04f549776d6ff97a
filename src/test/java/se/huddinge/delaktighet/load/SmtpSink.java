package se.huddinge.delaktighet.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmarks' own SMTP server: it takes every letter, notes when its DATA ended, counts each Message-ID and
 * each recipient, and hands the confirmation link in the letter to whoever waits for that recipient. It can be
 * stopped and started again on the same port (the mail server down). Plain SMTP, one virtual thread per connection.
 * Used by the load benchmark ({@code src/load/java}) and by {@code benchmark.LetterFanOutBenchmark}, which keeps its
 * 100,000 letters' tally instead of GreenMail's copies of them.
 */
public final class SmtpSink implements AutoCloseable {

    record Letter(String recipient, String messageId, String link, long arrivedNanos) {
    }

    private static final Pattern LINK = Pattern.compile("(https?://\\S+/stod/bekrafta/[A-Za-z0-9_\\-]+)");
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(\\S+)");

    private final int port;
    private volatile ServerSocket server;
    private final Map<String, java.util.concurrent.CompletableFuture<Letter>> waiting = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> byMessageId = new ConcurrentHashMap<>();
    private final Map<String, java.util.Set<String>> byRecipient = new ConcurrentHashMap<>();
    private final AtomicLong letters = new AtomicLong();

    public SmtpSink(int port) {
        this.port = port;
    }

    int port() {
        return port;
    }

    public synchronized void start() throws IOException {
        var socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        server = socket;
        Thread.ofVirtual().start(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Thread.ofVirtual().start(() -> serve(client));
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    public void close() throws IOException {
        stop();
    }

    /** The letter that will arrive (or has arrived) for this address. */
    java.util.concurrent.CompletableFuture<Letter> letterFor(String recipient) {
        return waiting.computeIfAbsent(recipient.toLowerCase(), r -> new java.util.concurrent.CompletableFuture<>());
    }

    public long letters() {
        return letters.get();
    }

    /** The Message-IDs of letters to addresses ending so that arrived more than once. */
    public java.util.Set<String> doubledMessageIds(String suffix) {
        var all = new java.util.TreeSet<String>();
        byRecipient.forEach((r, ids) -> {
            if (r.endsWith(suffix)) {
                ids.stream().filter(id -> byMessageId.get(id).get() > 1).forEach(all::add);
            }
        });
        return all;
    }

    /** The Message-IDs of every letter that arrived for an address ending so (what a mail server's log shows). */
    public java.util.Set<String> messageIds(String suffix) {
        var all = new java.util.HashSet<String>();
        byRecipient.forEach((r, ids) -> {
            if (r.endsWith(suffix)) {
                all.addAll(ids);
            }
        });
        return all;
    }

    /** Recipients (each driver address asks for one support) that got letters with different Message-IDs. */
    public long doubledRecipients(String suffix) {
        return byRecipient.entrySet().stream().filter(e -> e.getKey().endsWith(suffix))
                .filter(e -> e.getValue().size() > 1).count();
    }

    /** The addresses of {@link #doubledRecipients} with the Message-IDs each received. */
    Map<String, java.util.Set<String>> doubledRecipientIds(String suffix) {
        var all = new java.util.TreeMap<String, java.util.Set<String>>();
        byRecipient.forEach((r, ids) -> {
            if (r.endsWith(suffix) && ids.size() > 1) {
                all.put(r, ids);
            }
        });
        return all;
    }

    /** How many addresses got at least one letter. */
    public long recipients() {
        return byRecipient.size();
    }

    /** Whether a letter for this address arrived. */
    boolean received(String recipient) {
        return byRecipient.containsKey(recipient.toLowerCase());
    }

    private void serve(Socket client) {
        try (client; var in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream out = client.getOutputStream()) {
            reply(out, "220 load-sink ESMTP");
            String recipient = null;
            String line;
            while ((line = in.readLine()) != null) {
                String upper = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (upper) {
                    case "EHLO" -> reply(out, "250-load-sink\r\n250-8BITMIME\r\n250 SMTPUTF8");
                    case "HELO" -> reply(out, "250 load-sink");
                    case "MAIL" -> {
                        recipient = null;
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        int lt = line.indexOf('<');
                        int gt = line.indexOf('>');
                        recipient = lt >= 0 && gt > lt ? line.substring(lt + 1, gt).toLowerCase() : line;
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 go on");
                        var body = new StringBuilder();
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            body.append(line.startsWith("..") ? line.substring(1) : line).append('\n');
                        }
                        received(recipient, body);
                        reply(out, "250 OK queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException ignored) {
            // the client went away
        }
    }

    private void received(String recipient, StringBuilder body) {
        long now = System.nanoTime();
        String text = unfoldQuotedPrintable(body.toString());
        Matcher id = MESSAGE_ID.matcher(text);
        String messageId = id.find() ? id.group(1) : "none-" + now;
        Matcher link = LINK.matcher(text);
        String url = link.find() ? link.group(1) : null;
        letters.incrementAndGet();
        byMessageId.computeIfAbsent(messageId, m -> new AtomicLong()).incrementAndGet();
        if (recipient != null) {
            byRecipient.computeIfAbsent(recipient, r -> ConcurrentHashMap.newKeySet()).add(messageId);
            letterFor(recipient).complete(new Letter(recipient, messageId, url, now));
        }
    }

    /** Undoes quoted-printable soft line breaks and =3D, enough to read a link from the text part. */
    private static String unfoldQuotedPrintable(String text) {
        return text.replace("=\n", "").replace("=3D", "=");
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
