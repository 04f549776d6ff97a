-- Staff sign-in: the audit of every sign-in, failure and account change (also the counter of failed attempts that
-- holds off password guessing, shared by every instance), and the administrators' one-time password-reset links.

CREATE TABLE staff_audit (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6) NOT NULL,
    event          VARCHAR(32) NOT NULL,
    -- the account concerned, or the username typed at a failed sign-in (lower case, at most 64 characters)
    username       VARCHAR(64) NOT NULL,
    client_address VARCHAR(45),
    -- who did it, when not the account itself (an administrator)
    actor          VARCHAR(64),
    INDEX ix_staff_audit_username (username, event, occurred_at),
    INDEX ix_staff_audit_address (client_address, event, occurred_at),
    INDEX ix_staff_audit_time (occurred_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE staff_password_reset (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    -- SHA-256 of the link's token; the token itself is only in the letter
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6),
    created_by  VARCHAR(64) NOT NULL,
    CONSTRAINT uk_staff_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_staff_password_reset_account FOREIGN KEY (account_id) REFERENCES staff_account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
