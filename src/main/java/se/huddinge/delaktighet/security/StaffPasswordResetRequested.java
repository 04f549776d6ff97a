package se.huddinge.delaktighet.security;

import java.time.Instant;

/**
 * An administrator sent a member of staff a link to choose a new password; the notification module writes the
 * letter. The token is in the event only so the letter can carry it; the database keeps its hash.
 */
public record StaffPasswordResetRequested(long accountId, String username, String displayName, String email,
                                          String token, Instant validUntil) {
}
