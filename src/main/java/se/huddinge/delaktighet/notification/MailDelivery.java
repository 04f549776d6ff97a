package se.huddinge.delaktighet.notification;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.LetterLinks;
import se.huddinge.delaktighet.base.PortalSettings;

/**
 * Hands one letter to the SMTP server, with its own Message-ID so a repeated delivery is recognisable. The stored
 * letter holds markers where its own links' tokens go; they are minted here, just before SMTP, and exist only in
 * memory and in the message (DD13); no other text in the letter is read as a link (DD20).
 */
@Component
class MailDelivery {

    /**
     * Jakarta Mail asks {@code StreamProvider.provider()} for every part it encodes or decodes, and without this
     * property that is a {@code ServiceLoader} scan of every jar: 6 % of the portal's CPU in the support storm
     * (the load benchmark's JFR profile, docs/benchmarks.md). Naming Angus Mail's provider skips the scan; Jakarta Mail loads it through the thread's context
     * class loader, which {@link #deliver} therefore sets to the portal's own.
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, MailStreamProvider.class.getName());
        }
    }

    private final JavaMailSender sender;
    private final PortalSettings settings;
    private final LetterLinks links;
    /** Connections kept open between letters; none when the sender is not Spring's own (then one per letter). */
    private final SmtpConnections connections;

    MailDelivery(JavaMailSender sender, PortalSettings settings, LetterLinks links, LetterSettings letters) {
        this.sender = sender;
        this.settings = settings;
        this.links = links;
        this.connections = sender instanceof JavaMailSenderImpl impl
                ? new SmtpConnections(impl, letters.smtpKeptOpen()) : null;
    }

    @PreDestroy
    void close() {
        if (connections != null) {
            connections.closeAll();
        }
    }

    /** How many SMTP connections wait open for the next letter (for tests). */
    int keptConnections() {
        return connections == null ? 0 : connections.idleCount();
    }

    /** The outcome of one attempt. */
    sealed interface Outcome {
        record Delivered() implements Outcome {
        }

        record TryAgain(String reason) implements Outcome {
        }

        record Refused(String reason) implements Outcome {
        }
    }

    Outcome deliver(Letter letter) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(MailDelivery.class.getClassLoader());
        try {
            return send(letter);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private Outcome send(Letter letter) {
        try {
            MimeMessage message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.mail().from(), settings.mail().fromName());
            helper.setTo(letter.getRecipient());
            helper.setSubject(letter.getSubject());
            // every attempt mints afresh: a token never outlives the attempt in this instance's memory
            List<String> body = links.fill(letter.getLinkKey(), letter.getLinks(), letter.getBodyText(), letter.getBodyHtml());
            helper.setText(body.get(0), body.get(1));
            message.setHeader("Content-Language", letter.getLanguage());
            // JavaMailSenderImpl keeps a Message-ID that is set before sending
            message.setHeader("Message-ID", letter.getMessageId());
            message.setHeader("Auto-Submitted", "auto-generated");
            if (connections != null) {
                connections.send(message);
            } else {
                sender.send(message);
            }
            return new Outcome.Delivered();
        } catch (MailSendException e) {
            return classify(e, e.getFailedMessages().values());
        } catch (MessagingException e) {
            return classify(e, List.of(e));
        } catch (UnsupportedEncodingException | RuntimeException e) {
            return new Outcome.TryAgain(describe(e));
        }
    }

    /** A 5xx answer is final; everything else (no connection, 4xx) is worth another try. */
    private static Outcome classify(Exception e, java.util.Collection<? extends Exception> failures) {
        for (Exception failed : failures) {
            Throwable t = failed;
            while (t != null) {
                int code = switch (t) {
                    case SMTPSendFailedException s -> s.getReturnCode();
                    case SMTPAddressFailedException a -> a.getReturnCode();
                    default -> 0;
                };
                if (code >= 500 && code < 600) {
                    return new Outcome.Refused(code + " " + t.getMessage().strip());
                }
                t = t instanceof SendFailedException sfe && sfe.getNextException() != null && sfe.getNextException() != t
                        ? sfe.getNextException() : t.getCause();
            }
        }
        return new Outcome.TryAgain(describe(e));
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
