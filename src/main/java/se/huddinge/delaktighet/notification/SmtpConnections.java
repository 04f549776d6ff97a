package se.huddinge.delaktighet.notification;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Open SMTP connections, kept between letters (issue 21): a letter handed to the server on a connection that a
 * letter before it opened skips the TCP connect, the greeting and EHLO (13 % of the portal's CPU in the support
 * storm when each letter opened its own). A connection is used by one letter at a time, kept at most
 * {@code keptOpen} after its last letter and closed after {@value #MOST_LETTERS} letters.
 *
 * <p>A kept connection may have died meanwhile (the server restarted, or closed an idle client). When a letter fails
 * on one without an answer from the server (the connection broke, or the server closed it: end of stream, which
 * Angus Mail reports as a send failure with code -1), or with 421 (the server says it is closing the connection), it
 * is tried once more on a new connection at once: the server did not take it, or if it took it before the connection
 * broke, the same Message-ID arrives twice, as after a crash mid-send (DD9). Any other answer (4xx, 5xx), and every
 * failure on a new connection, is the letter's outcome, as before.
 */
final class SmtpConnections {

    private static final Logger log = LoggerFactory.getLogger(SmtpConnections.class);
    static final int MOST_LETTERS = 200;
    /** "Service not available, closing transmission channel" (RFC 5321 4.2.3): the server is closing the connection. */
    static final int CLOSING = 421;

    private record Kept(Transport transport, long lastUsedNanos, int letters) {
    }

    private final JavaMailSenderImpl mail;
    private final long keptOpenNanos;
    private final ConcurrentLinkedDeque<Kept> idle = new ConcurrentLinkedDeque<>();

    SmtpConnections(JavaMailSenderImpl mail, Duration keptOpen) {
        this.mail = mail;
        this.keptOpenNanos = keptOpen.toNanos();
    }

    /** Hands the message to the SMTP server; throws what the server or the connection said when it did not take it. */
    void send(MimeMessage message) throws MessagingException {
        prepare(message);
        Kept kept = borrow();
        if (kept != null) {
            try {
                kept.transport().sendMessage(message, message.getAllRecipients());
                giveBack(kept.transport(), kept.letters() + 1);
                return;
            } catch (MessagingException e) {
                if (answeredStillOpen(e)) {
                    giveBack(kept.transport(), kept.letters() + 1);
                    throw e;
                }
                close(kept.transport());
                log.debug("A kept SMTP connection failed ({}); the letter goes on a new one", e.toString());
            } catch (IllegalStateException e) {
                // "Not connected": the connection was closed under it
                close(kept.transport());
            }
        }
        Transport fresh = connect();
        try {
            fresh.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            if (answeredStillOpen(e)) {
                giveBack(fresh, 1);
            } else {
                close(fresh);
            }
            throw e;
        } catch (RuntimeException e) {
            close(fresh);
            throw e;
        }
        giveBack(fresh, 1);
    }

    /** How many connections are open and waiting for a letter (for tests). */
    int idleCount() {
        return idle.size();
    }

    /** As {@code JavaMailSenderImpl} does: a sent date, the message's headers saved, and the Message-ID it had kept. */
    private static void prepare(MimeMessage message) throws MessagingException {
        if (message.getSentDate() == null) {
            message.setSentDate(new Date());
        }
        String messageId = message.getMessageID();
        message.saveChanges();
        if (messageId != null) {
            message.setHeader("Message-ID", messageId);
        }
    }

    /** The most recently used open connection that is not too old, or none; those idle too long are closed. */
    private Kept borrow() {
        long now = System.nanoTime();
        for (Kept k; (k = idle.pollFirst()) != null; ) {
            // not asked with isConnected(), which is a NOOP round trip: a dead one fails the letter, tried anew above
            if (now - k.lastUsedNanos() < keptOpenNanos) {
                return k;
            }
            close(k.transport());
        }
        return null;
    }

    private void giveBack(Transport transport, int letters) {
        if (keptOpenNanos <= 0 || letters >= MOST_LETTERS) {
            close(transport);
            return;
        }
        idle.addFirst(new Kept(transport, System.nanoTime(), letters));
        // the connections no letter has wanted for a while: closed, not left for the server to time out
        long now = System.nanoTime();
        for (Kept oldest; (oldest = idle.peekLast()) != null && now - oldest.lastUsedNanos() >= keptOpenNanos; ) {
            if (idle.removeLastOccurrence(oldest)) {
                close(oldest.transport());
            }
        }
    }

    private Transport connect() throws MessagingException {
        Transport transport = mail.getSession().getTransport(mail.getProtocol() == null ? "smtp" : mail.getProtocol());
        transport.connect(mail.getHost(), mail.getPort(), mail.getUsername(), mail.getPassword());
        return transport;
    }

    /**
     * Whether the server answered the letter (refused it, for now or for good) on a connection it keeps open: any
     * answer but {@value #CLOSING}. Without an answer, or with 421, the connection is done.
     */
    static boolean answeredStillOpen(Throwable e) {
        int code = answer(e);
        return code > 0 && code != CLOSING;
    }

    /**
     * The SMTP server's answer to the letter (it was refused, for now or for good), or 0 when there was none. Angus Mail
     * reports the end of the stream (the server closed the connection without a word) as a send failure with code -1:
     * no answer.
     */
    private static int answer(Throwable e) {
        for (Throwable t = e; t != null; ) {
            int code = switch (t) {
                case SMTPSendFailedException s -> s.getReturnCode();
                case SMTPAddressFailedException a -> a.getReturnCode();
                default -> 0;
            };
            if (code >= 200) {
                return code;
            }
            Throwable next = t instanceof SendFailedException sfe && sfe.getNextException() != null
                    ? sfe.getNextException() : t.getCause();
            t = next == t ? null : next;
        }
        return 0;
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            // already gone
        }
    }

    @PreDestroy
    void closeAll() {
        for (Kept k; (k = idle.pollFirst()) != null; ) {
            close(k.transport());
        }
    }
}
