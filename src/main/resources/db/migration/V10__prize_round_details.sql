-- Demokratipriset, the whole round: the committee's decision on the form, criteria, the rules of the round, the
-- nominations with their e-mail proof, the committee's scores and recusals, the decision and its publication.

-- The free text that used to hold the criteria says what the prize is and why it exists; the criteria get a table.
ALTER TABLE prize_round
    CHANGE criteria_sv about_sv VARCHAR(4000) NOT NULL,
    CHANGE criteria_en about_en VARCHAR(4000) NOT NULL,
    ADD COLUMN form_decided_on       DATE          NULL,
    ADD COLUMN form_decision         VARCHAR(2000) NULL,
    ADD COLUMN call_announced_on     DATE          NULL,
    ADD COLUMN award_place           VARCHAR(200)  NULL,
    ADD COLUMN scoring_due           DATE          NULL,
    ADD COLUMN self_nomination       BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN retention_months      INT           NOT NULL DEFAULT 12,
    ADD COLUMN chair                 VARCHAR(64)   NULL,
    ADD COLUMN meeting_date          DATE          NULL,
    ADD COLUMN minutes_ref           VARCHAR(200)  NULL,
    ADD COLUMN announce_on           DATE          NULL,
    ADD COLUMN decided_at            DATETIME(6)   NULL,
    ADD COLUMN decided_by            VARCHAR(64)   NULL,
    ADD COLUMN published_at          DATETIME(6)   NULL,
    ADD COLUMN anonymised_at         DATETIME(6)   NULL;

CREATE TABLE prize_criterion (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id       BIGINT        NOT NULL,
    position       INT           NOT NULL,
    title_sv       VARCHAR(200)  NOT NULL,
    title_en       VARCHAR(200)  NOT NULL,
    description_sv VARCHAR(1000) NOT NULL,
    description_en VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_prize_criterion_round FOREIGN KEY (round_id) REFERENCES prize_round (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- A nomination counts once its nominator has proven the address (confirmed_at) before the deadline. The token of
-- the confirmation link is kept as its SHA-256 only.
CREATE TABLE nomination (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    round_id           BIGINT        NOT NULL,
    reference          VARCHAR(20)   NULL,
    status             VARCHAR(32)   NOT NULL,
    nominee_name       VARCHAR(200)  NOT NULL,
    nominee_kind       VARCHAR(20)   NOT NULL,
    nominee_tie        VARCHAR(1000) NOT NULL,
    nominee_knows      BOOLEAN       NOT NULL,
    nominee_contact    VARCHAR(254)  NULL,
    nominator_name     VARCHAR(200)  NOT NULL,
    nominator_email    VARCHAR(254)  NOT NULL,
    nominator_phone    VARCHAR(40)   NULL,
    language           VARCHAR(8)    NOT NULL,
    submitted_at       DATETIME(6)   NOT NULL,
    token_hash         CHAR(64)      NULL,
    link_expires_at    DATETIME(6)   NOT NULL,
    confirmed_at       DATETIME(6)   NULL,
    won                BOOLEAN       NOT NULL DEFAULT FALSE,
    citation           VARCHAR(2000) NULL,
    anonymised_at      DATETIME(6)   NULL,
    CONSTRAINT uk_nomination_reference UNIQUE (reference),
    CONSTRAINT uk_nomination_token UNIQUE (token_hash),
    CONSTRAINT fk_nomination_round FOREIGN KEY (round_id) REFERENCES prize_round (id),
    INDEX ix_nomination_email (nominator_email),
    INDEX ix_nomination_round (round_id, status)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE nomination_motivation (
    nomination_id BIGINT        NOT NULL,
    criterion_id  BIGINT        NOT NULL,
    text          VARCHAR(4000) NOT NULL,
    PRIMARY KEY (nomination_id, criterion_id),
    CONSTRAINT fk_motivation_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id),
    CONSTRAINT fk_motivation_criterion FOREIGN KEY (criterion_id) REFERENCES prize_criterion (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- One member's review of one nomination: either a conflict of interest (recused) or a score per criterion.
CREATE TABLE nomination_review (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    nomination_id BIGINT        NOT NULL,
    member        VARCHAR(64)   NOT NULL,
    recused       BOOLEAN       NOT NULL,
    comment       VARCHAR(2000) NULL,
    submitted_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uk_nomination_review UNIQUE (nomination_id, member),
    CONSTRAINT fk_review_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE nomination_score (
    review_id    BIGINT NOT NULL,
    criterion_id BIGINT NOT NULL,
    score        INT    NOT NULL,
    PRIMARY KEY (review_id, criterion_id),
    CONSTRAINT fk_score_review FOREIGN KEY (review_id) REFERENCES nomination_review (id),
    CONSTRAINT fk_score_criterion FOREIGN KEY (criterion_id) REFERENCES prize_criterion (id),
    CONSTRAINT ck_score_range CHECK (score BETWEEN 1 AND 5)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
