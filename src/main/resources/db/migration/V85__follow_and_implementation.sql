-- Issue 19, items 4 and 5 (DD29): following a proposal without supporting it, and the follow-through of an approved
-- proposal (bifall).

-- One address following one proposal: it hears each step as an opted-in supporter does, and never counts as a
-- support. Counts from confirmed_at (the address was proven by a link). Stopping erases the address at once.
CREATE TABLE proposal_follow (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    proposal_id   BIGINT       NOT NULL,
    -- null once the follower stopped or the proposal's personal data was anonymised
    email         VARCHAR(254),
    language      VARCHAR(8)   NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    confirmed_at  DATETIME(6),
    stopped_at    DATETIME(6),
    -- the follower's own stop link (an access_link of purpose STOP_FOLLOWING): each letter mints its token
    stop_link_id  BIGINT,
    CONSTRAINT uk_follow_proposal_email UNIQUE (proposal_id, email),
    CONSTRAINT fk_follow_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    INDEX ix_follow_email (email),
    -- the followers of a proposal, a page at a time in the order of their id (keyset), as the supporters
    INDEX ix_follow_letters (proposal_id, confirmed_at, id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- A round of letters goes to the followers first (their letters carry the stop link), then to the opted-in
-- supporters; an address that does both has its letter already (the dedup key is on the address).
ALTER TABLE letter_fan_out
    ADD COLUMN after_follow_id BIGINT NOT NULL DEFAULT 0 AFTER after_support_id,
    ADD COLUMN followers_done BOOLEAN NOT NULL DEFAULT FALSE AFTER after_follow_id,
    ADD COLUMN implementation_update_id BIGINT AFTER take_up_id;

-- What became of an approved proposal: one record per proposal, kept by officers. version: two officers editing at
-- once never lose a write (the second is told and sees the record as it is now).
CREATE TABLE proposal_implementation (
    proposal_id   BIGINT       PRIMARY KEY,
    unit          VARCHAR(200) NOT NULL,
    planned_date  DATE         NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    reason        VARCHAR(1000),
    updated_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_implementation_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    INDEX ix_implementation_status (status, planned_date)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Every save of the record, as it was then: the public timeline (date, status, note) and the audit trail (who).
CREATE TABLE implementation_update (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    proposal_id   BIGINT        NOT NULL,
    at            DATETIME(6)   NOT NULL,
    actor         VARCHAR(64)   NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    status_changed BOOLEAN      NOT NULL,
    unit          VARCHAR(200)  NOT NULL,
    planned_date  DATE          NOT NULL,
    reason        VARCHAR(1000),
    note          VARCHAR(1000),
    CONSTRAINT fk_implementation_update_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    INDEX ix_implementation_update_proposal (proposal_id, at),
    INDEX ix_implementation_update_at (at),
    INDEX ix_implementation_update_actor (actor, at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
