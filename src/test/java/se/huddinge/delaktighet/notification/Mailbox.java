package se.huddinge.delaktighet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import se.huddinge.delaktighet.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMTP server of the letter tests (GreenMail on this JVM's free port, {@link TestSmtp}), read the way a resident reads mail: the letter to
 * this address with this subject. A test starts it and stops it after itself, so no letter outlives its test.
 */
final class Mailbox {

    private final GreenMail smtp = new GreenMail(TestSmtp.setup());

    void start() {
        smtp.start();
    }

    void stop() {
        smtp.stop();
    }

    /** Forgets every letter received so far. */
    void clear() {
        try {
            smtp.purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The recipient of every letter received, one entry per letter, in the order they arrived. */
    java.util.List<String> recipients() {
        var all = new java.util.ArrayList<String>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                Arrays.stream(message.getAllRecipients()).forEach(a -> all.add(a.toString()));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return all;
    }

    /** A letter as it arrived. */
    record Received(String to, String subject, String language, String text, String html, String messageId) {

        /** The token of the first link in the text to {@code path} (e.g. {@code "forslag/bekrafta/"}). */
        String token(String path) {
            Matcher m = Pattern.compile("https?://\\S+/" + Pattern.quote(path) + "([A-Za-z0-9_-]+)").matcher(text);
            assertThat(m.find()).as("a link to %s in:%n%s", path, text).isTrue();
            return m.group(1);
        }

        /**
         * The text with every link cut out: what a test checks is absent. A link's random token may hold any short
         * string ("49", "Eve"), so an absence checked against {@link #text()} would fail now and then.
         */
        String withoutLinks() {
            return text.replaceAll("https?://\\S+", "<link>");
        }
    }

    /** Waits for the letter to {@code to} whose subject contains {@code subjectPart}. */
    Received letterTo(String to, String subjectPart) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> find(to, subjectPart), Optional::isPresent).orElseThrow();
    }

    /** Waits for the {@code n}th letter (from 1) to {@code to} whose subject contains {@code subjectPart}. */
    Received letterTo(String to, String subjectPart, int n) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> all(to, subjectPart), l -> l.size() >= n).get(n - 1);
    }

    /** Waits until at least {@code n} letters reached {@code to}; all of them, in the order they arrived. */
    java.util.List<Received> allTo(String to, int n) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> all(to, ""), l -> l.size() >= n);
    }

    private Optional<Received> find(String to, String subjectPart) throws Exception {
        return all(to, subjectPart).stream().findFirst();
    }

    private java.util.List<Received> all(String to, String subjectPart) throws Exception {
        var found = new java.util.ArrayList<Received>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            boolean addressed = Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(to));
            if (addressed && message.getSubject().contains(subjectPart)) {
                var body = (MimeMultipart) message.getContent();
                found.add(new Received(to, message.getSubject(), message.getHeader("Content-Language")[0],
                        textPart(body, "text/plain").replace("\r\n", "\n"), textPart(body, "text/html"),
                        message.getMessageID()));
            }
        }
        return found;
    }

    static String textPart(MimeMultipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof MimeMultipart nested) {
                String found = textPart(nested, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
