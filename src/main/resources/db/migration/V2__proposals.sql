-- Huddingeförslag: proposals, their timeline (also the audit trail), supports, e-mailed links, attachments and
-- the yearly reference counter (HF-2026-0042).

CREATE TABLE proposal (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    reference            VARCHAR(20),
    status               VARCHAR(32)   NOT NULL,
    title                VARCHAR(400)  NOT NULL,
    body                 TEXT          NOT NULL,
    district             VARCHAR(100)  NOT NULL,
    category             VARCHAR(50)   NOT NULL,
    author_name          VARCHAR(200)  NOT NULL,
    author_email         VARCHAR(254)  NOT NULL,
    language             VARCHAR(8)    NOT NULL,
    submitted_at         DATETIME(6)   NOT NULL,
    confirmed_at         DATETIME(6),
    moderation_due       DATE,
    published_at         DATETIME(6),
    support_ends_at      DATETIME(6),
    support_count        INT           NOT NULL DEFAULT 0,
    threshold_reached_at DATETIME(6),
    referral_due         DATE,
    closed_at            DATETIME(6),
    ground               VARCHAR(40),
    ground_note          VARCHAR(1000),
    similar_to_id        BIGINT,
    referred_at          DATETIME(6),
    committee            VARCHAR(40),
    case_number          VARCHAR(60),
    decision_due         DATE,
    decision             VARCHAR(16),
    decision_motivation  VARCHAR(4000),
    meeting_date         DATE,
    minutes_ref          VARCHAR(500),
    decided_at           DATETIME(6),
    withdrawn_at         DATETIME(6),
    CONSTRAINT uk_proposal_reference UNIQUE (reference),
    INDEX ix_proposal_status (status, confirmed_at),
    INDEX ix_proposal_author (author_email),
    FULLTEXT INDEX ft_proposal_title (title),
    FULLTEXT INDEX ft_proposal_text (title, body)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE proposal_timeline (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    proposal_id BIGINT       NOT NULL,
    at          DATETIME(6)  NOT NULL,
    status      VARCHAR(32)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    note        VARCHAR(500),
    INDEX ix_timeline_proposal (proposal_id, at),
    CONSTRAINT fk_timeline_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE support (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    proposal_id        BIGINT       NOT NULL,
    email              VARCHAR(254) NOT NULL,
    language           VARCHAR(8)   NOT NULL,
    notify_on_decision BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at         DATETIME(6)  NOT NULL,
    confirmed_at       DATETIME(6),
    CONSTRAINT uk_support_proposal_email UNIQUE (proposal_id, email),
    INDEX ix_support_email (email),
    CONSTRAINT fk_support_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE access_link (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash CHAR(64)    NOT NULL,
    purpose    VARCHAR(32) NOT NULL,
    target_id  BIGINT      NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6),
    CONSTRAINT uk_access_link_token UNIQUE (token_hash)
) DEFAULT CHARSET = ascii;

CREATE TABLE proposal_attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    proposal_id  BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    data         LONGBLOB     NOT NULL,
    INDEX ix_attachment_proposal (proposal_id),
    CONSTRAINT fk_attachment_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE reference_counter (
    series   VARCHAR(20) NOT NULL PRIMARY KEY,
    last_no  INT         NOT NULL
) DEFAULT CHARSET = ascii;
