-- Staff accounts, the letter outbox, Spring Modulith's event publication registry, ShedLock and prize rounds.

CREATE TABLE staff_account (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(64),
    CONSTRAINT uk_staff_account_username UNIQUE (username)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE staff_account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(16) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_staff_account_role_account FOREIGN KEY (account_id) REFERENCES staff_account (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE letter (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    dedup_key       VARCHAR(200)  NOT NULL,
    template        VARCHAR(100)  NOT NULL,
    subject_ref     VARCHAR(100),
    recipient       VARCHAR(254)  NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    subject         VARCHAR(255)  NOT NULL,
    body_text       MEDIUMTEXT    NOT NULL,
    body_html       MEDIUMTEXT    NOT NULL,
    message_id      VARCHAR(200)  NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(1000),
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6),
    CONSTRAINT uk_letter_dedup_key UNIQUE (dedup_key),
    CONSTRAINT uk_letter_message_id UNIQUE (message_id),
    INDEX ix_letter_due (status, next_attempt_at),
    INDEX ix_letter_subject_ref (subject_ref, created_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Spring Modulith 2.0 event publication registry (JPA), the outbox of domain events
CREATE TABLE event_publication (
    id                     UUID          NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       TEXT          NOT NULL,
    publication_date       DATETIME(6)   NOT NULL,
    completion_date        DATETIME(6),
    status                 VARCHAR(20),
    completion_attempts    INT           NOT NULL DEFAULT 0,
    last_resubmission_date DATETIME(6),
    INDEX ix_event_publication_completion (completion_date),
    INDEX ix_event_publication_status (status)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL
);

CREATE TABLE prize_round (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    round_year    INT           NOT NULL,
    opens_at      DATETIME(6)   NOT NULL,
    closes_at     DATETIME(6)   NOT NULL,
    award_day     DATE,
    prize_sum_sek INT           NOT NULL,
    winners       INT           NOT NULL,
    criteria_sv   VARCHAR(4000) NOT NULL,
    criteria_en   VARCHAR(4000) NOT NULL,
    decided       BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_prize_round_year UNIQUE (round_year)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
