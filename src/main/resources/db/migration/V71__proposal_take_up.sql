-- A proposal closed below the threshold stays listed so that politicians can take it up (DESIGN.md). Staff record
-- each time one does: who, in which body, the case number or a note, and the date; the public timeline shows it and
-- the author (and the supporters who asked) get a letter. Who recorded it and when is the audit entry.
CREATE TABLE proposal_take_up (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    proposal_id  BIGINT        NOT NULL,
    taken_up_by  VARCHAR(200)  NOT NULL,
    body         VARCHAR(200)  NOT NULL,
    case_ref     VARCHAR(100)  NULL,
    note         VARCHAR(1000) NULL,
    taken_up_on  DATE          NOT NULL,
    recorded_by  VARCHAR(64)   NOT NULL,
    recorded_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_take_up_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    INDEX ix_take_up_proposal (proposal_id, taken_up_on),
    INDEX ix_take_up_recorded (recorded_at),
    INDEX ix_take_up_actor (recorded_by, recorded_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The staff list of proposals closed below the threshold: its filters (district, category, year closed, supports)
-- and orders (closed, supports, title) within the one status.
ALTER TABLE proposal
    ADD INDEX ix_proposal_status_closed (status, closed_at),
    ADD INDEX ix_proposal_status_supports (status, support_count),
    ADD INDEX ix_proposal_status_district (status, district, closed_at),
    ADD INDEX ix_proposal_status_category (status, category, closed_at),
    ADD INDEX ix_proposal_status_title (status, title);
