/**
 * Letters: every e-mail the portal sends. Features publish domain events; this module's listeners turn them into
 * letters, record each one in the {@code letter} table (the mail outbox) and deliver it from there, retrying with
 * backoff until the SMTP server takes it. No feature calls it to send a letter. Staff screens call it to read and
 * resend letters: review's case page lists a proposal's letters ({@link se.huddinge.delaktighet.notification.Letters}),
 * and administrators edit the letters' texts ({@link se.huddinge.delaktighet.notification.LetterTemplates}).
 */
package se.huddinge.delaktighet.notification;
