package se.huddinge.delaktighet.notification;

import java.time.Instant;
import se.huddinge.delaktighet.base.PostalAddress;

/**
 * A letter as staff see it in a log: to whom, about what, when, and how its delivery went. Other modules get this
 * record, never the entity.
 *
 * @param template  which letter it is (its template's name)
 * @param recipient the address, or null for a reader who may not see residents' addresses (a committee member)
 * @param lastError why the last attempt failed (a refusal's reason), or null
 * @param contentDeleted its text was deleted after the retention period: only its metadata is left
 */
public record LetterEntry(long id, String template, Instant createdAt, String recipient, String subject, LetterStatus status,
                          String lastError, Instant sentAt, String subjectRef, boolean contentDeleted) {

    /** The letter, with its recipient only for a reader of residents' addresses ({@code withRecipient}). */
    static LetterEntry of(Letter l, boolean withRecipient) {
        return new LetterEntry(l.getId(), l.getTemplate(), l.getCreatedAt(), withRecipient ? PostalAddress.display(l.getRecipient()) : null,
                l.getSubject(), l.getStatus(), l.getLastError(), l.getSentAt(), l.getSubjectRef(), l.isContentDeleted());
    }

    /** Whether the recipient was left out because the reader may not see residents' addresses. */
    public boolean recipientHidden() {
        return recipient == null;
    }

    /** Whether the letter went to a supporter rather than to the author or a nominator (by its template's name). */
    public boolean toSupporter() {
        return template.startsWith("support");
    }

    /** A refused letter can be sent again; one being sent right now cannot, nor one whose text is deleted. */
    public boolean mayResend() {
        return status != LetterStatus.SENDING && !contentDeleted;
    }
}
