package se.huddinge.delaktighet.security;

/** A member of staff got an account; the notification module welcomes them by letter. */
public record StaffAccountCreated(long accountId, String username, String displayName, String email) {
}
