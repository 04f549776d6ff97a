/**
 * Letters: every e-mail the portal sends. Features publish domain events; this module turns them into letters,
 * records each one in the {@code letter} table (the mail outbox) and delivers it from there, retrying with
 * backoff until the SMTP server takes it. It listens to events only; no feature calls it.
 */
package se.huddinge.delaktighet.notification;
