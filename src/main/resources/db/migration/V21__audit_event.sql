-- Changes of settings and accounts that no feature table keeps with who and when (decisions are on the proposal
-- timeline, letter template edits in letter_template_change): the audit trail reads all of them.
CREATE TABLE audit_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    at           DATETIME(6)   NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    subject      VARCHAR(200)  NOT NULL,
    before_value VARCHAR(2000),
    after_value  VARCHAR(2000),
    INDEX ix_audit_event_at (at),
    INDEX ix_audit_event_actor (actor, at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- the audit trail filters template changes and accounts by time and by who
ALTER TABLE letter_template_change ADD INDEX ix_template_change_at (changed_at);
ALTER TABLE staff_account ADD INDEX ix_staff_account_created (created_at);
