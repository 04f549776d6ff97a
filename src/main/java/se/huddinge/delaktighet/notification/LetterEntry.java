package se.huddinge.delaktighet.notification;

import java.time.Instant;

/**
 * A letter as staff see it in a log: to whom, about what, when, and how its delivery went. Other modules get this
 * record, never the entity.
 *
 * @param template  which letter it is (its template's name)
 * @param lastError why the last attempt failed (a refusal's reason), or null
 */
public record LetterEntry(long id, String template, Instant createdAt, String recipient, String subject, LetterStatus status,
                          String lastError, Instant sentAt, String subjectRef) {

    static LetterEntry of(Letter l) {
        return new LetterEntry(l.getId(), l.getTemplate(), l.getCreatedAt(), l.getRecipient(), l.getSubject(), l.getStatus(),
                l.getLastError(), l.getSentAt(), l.getSubjectRef());
    }

    /** A refused letter can be sent again; one being sent right now cannot. */
    public boolean mayResend() {
        return status != LetterStatus.SENDING;
    }
}
