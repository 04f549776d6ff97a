package se.huddinge.delaktighet.security;

/** What happened to a staff account; one row in {@code staff_audit} each time. */
public enum StaffAuditEvent {
    SIGNED_IN, SIGN_IN_FAILED, SIGN_IN_THROTTLED, SIGNED_IN_OIDC, OIDC_REFUSED,
    ACCOUNT_CREATED, ACCOUNT_DISABLED, ACCOUNT_ENABLED,
    PASSWORD_CHANGED, PASSWORD_RESET_SENT, PASSWORD_RESET
}
