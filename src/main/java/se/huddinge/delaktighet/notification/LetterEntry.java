package se.huddinge.delaktighet.notification;

import java.time.Instant;

/**
 * A letter as staff see it in a log: to whom, about what, when, and how its delivery went. Other modules get this
 * record, never the entity.
 *
 * @param template  which letter it is (its template's name)
 * @param lastError why the last attempt failed (a refusal's reason), or null
 * @param contentDeleted its text was deleted after the retention period: only its metadata is left
 */
public record LetterEntry(long id, String template, Instant createdAt, String recipient, String subject, LetterStatus status,
                          String lastError, Instant sentAt, String subjectRef, boolean contentDeleted) {

    static LetterEntry of(Letter l) {
        return new LetterEntry(l.getId(), l.getTemplate(), l.getCreatedAt(), l.getRecipient(), l.getSubject(), l.getStatus(),
                l.getLastError(), l.getSentAt(), l.getSubjectRef(), l.isContentDeleted());
    }

    /** A refused letter can be sent again; one being sent right now cannot, nor one whose text is deleted. */
    public boolean mayResend() {
        return status != LetterStatus.SENDING && !contentDeleted;
    }
}
