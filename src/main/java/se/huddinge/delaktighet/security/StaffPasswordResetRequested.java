package se.huddinge.delaktighet.security;

import java.time.Instant;
import se.huddinge.delaktighet.base.LinkRef;

/**
 * An administrator sent a member of staff a link to choose a new password; the notification module writes the
 * letter. The event names the link; its token is minted when the letter leaves (DD13).
 */
public record StaffPasswordResetRequested(long accountId, String username, String displayName, String email,
                                          LinkRef link, Instant validUntil) {
}
