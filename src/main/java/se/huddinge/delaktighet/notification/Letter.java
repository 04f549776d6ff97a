package se.huddinge.delaktighet.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import se.huddinge.delaktighet.base.LetterLinks;
import se.huddinge.delaktighet.base.LinkRef;
import se.huddinge.delaktighet.base.PostalAddress;

/**
 * One letter to one person, as rendered when its cause happened. Written once (its {@code dedupKey} is unique,
 * so a replayed event cannot write it twice), then delivered and retried from here.
 */
@Entity
@Table(name = "letter")
public class Letter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dedup_key", nullable = false, unique = true, updatable = false)
    private String dedupKey;

    @Column(nullable = false, updatable = false)
    private String template;

    /** What the letter is about, e.g. a proposal's reference number: the letter log groups by it. */
    @Column(name = "subject_ref", updatable = false)
    private String subjectRef;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false, length = 8)
    private String language;

    @Column(nullable = false)
    private String subject;

    @Column(name = "body_text", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyText;

    @Column(name = "body_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    @Column(name = "message_id", nullable = false, unique = true, updatable = false)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LetterStatus status = LetterStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** The key of this letter's link markers (DD20); null when it carries no one-time link. */
    @Column(name = "link_key", updatable = false, length = 32)
    private String linkKey;

    /** The one-time links the portal attached, as {@code kind:id} separated by spaces; null when none. */
    @Column(name = "links", updatable = false)
    private String links;

    /** When the text and HTML were deleted by the retention job (only metadata stays); null while they are kept. */
    @Column(name = "content_deleted_at", insertable = false, updatable = false)
    private Instant contentDeletedAt;

    protected Letter() {
    }

    Letter(String dedupKey, String template, String subjectRef, String recipient, Locale locale,
           RenderedLetter content, String messageId, Instant now) {
        this.dedupKey = dedupKey;
        this.template = template;
        this.subjectRef = subjectRef;
        this.recipient = recipient;
        this.language = locale.getLanguage();
        this.subject = content.subject();
        this.bodyText = content.text();
        this.bodyHtml = content.html();
        this.linkKey = content.linkKey();
        this.links = content.links().isEmpty() ? null : LetterLinks.store(content.links());
        this.messageId = messageId;
        this.createdAt = now;
        this.nextAttemptAt = now;
        if (isPostal()) {
            this.status = LetterStatus.TO_PRINT;
        }
    }

    /** A letter by post (DD40): its recipient is a postal address; the print queue, not SMTP, sends it. */
    public boolean isPostal() {
        return PostalAddress.isPostal(recipient);
    }

    /** An officer printed it for the post: it is sent. */
    void printed(Instant now) {
        status = LetterStatus.SENT;
        attempts++;
        sentAt = now;
    }

    void sent(Instant now) {
        status = LetterStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    void failedForNow(String error, Instant retryAt) {
        status = LetterStatus.PENDING;
        attempts++;
        lastError = truncate(error);
        nextAttemptAt = retryAt;
    }

    void failedForGood(String error) {
        status = LetterStatus.FAILED;
        attempts++;
        lastError = truncate(error);
    }

    /** Staff asked to send it again (after a permanent failure, or to a resident who lost it). */
    void resend(Instant now) {
        status = isPostal() ? LetterStatus.TO_PRINT : LetterStatus.PENDING;
        nextAttemptAt = now;
    }

    static Duration backoff(int attempts, Duration first, Duration max) {
        long factor = 1L << Math.min(attempts, 20);
        Duration d = first.multipliedBy(factor);
        return d.compareTo(max) > 0 ? max : d;
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() > 1000 ? s.substring(0, 1000) : s;
    }

    public Long getId() {
        return id;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public String getTemplate() {
        return template;
    }

    public String getSubjectRef() {
        return subjectRef;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    /** The key of the markers in the bodies; null when the letter carries no one-time link. */
    public String getLinkKey() {
        return linkKey;
    }

    /** The one-time links the portal attached to this letter, in the order its markers name them. */
    public List<LinkRef> getLinks() {
        return LetterLinks.read(links);
    }

    public String getMessageId() {
        return messageId;
    }

    public LetterStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public boolean isContentDeleted() {
        return contentDeletedAt != null;
    }
}
