-- Reminders and delay letters sent, once per proposal, step, due date and kind (also across instances).
CREATE TABLE deadline_notice (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    proposal_id BIGINT      NOT NULL,
    step        VARCHAR(16) NOT NULL,
    due_date    DATE        NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT uk_deadline_notice UNIQUE (proposal_id, step, due_date, kind),
    CONSTRAINT fk_deadline_notice_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) DEFAULT CHARSET = ascii;
