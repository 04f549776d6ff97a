-- Letters to every supporter who asked to hear (issue 17, item 9; docs/security.md, "Under load"): a decision on a
-- proposal with 100,000 such supporters is written in batches, each its own transaction. One row per round of letters: which
-- letter, about what, and how far it has come (the last support id written, by the support's id).

CREATE TABLE letter_fan_out (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- the letters' dedup keys start with it (e.g. supporter-decided:42): a replayed event finds the round it started
    fan_out_key      VARCHAR(200)  NOT NULL,
    letter           VARCHAR(64)   NOT NULL,
    proposal_id      BIGINT        NOT NULL,
    take_up_id       BIGINT,
    -- the cursor: every subscriber up to this support id has a letter; the next batch reads on after it
    after_support_id BIGINT        NOT NULL DEFAULT 0,
    written          INT           NOT NULL DEFAULT 0,
    -- a batch that failed (rolled back whole) is tried again from the cursor after a back-off
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)   NOT NULL,
    last_error       VARCHAR(1000),
    created_at       DATETIME(6)   NOT NULL,
    done_at          DATETIME(6),
    CONSTRAINT uk_letter_fan_out_key UNIQUE (fan_out_key),
    INDEX ix_letter_fan_out_due (done_at, next_attempt_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- the subscribers of a proposal, a page at a time in the order of their support's id (keyset), without reading the
-- supporters who did not ask to hear
ALTER TABLE support
    ADD INDEX ix_support_subscribers (proposal_id, notify_on_decision, id);
