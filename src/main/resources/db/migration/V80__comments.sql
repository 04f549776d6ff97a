-- Comments on a published proposal (issue 19, DD28): a resident's comment or reply (one level), proven by an e-mailed
-- link like a support; the author's and staff's replies marked as such. The address is never shown: it is for the
-- link, the letters the writer asked for and the letter saying why a comment was removed, and is anonymised with the
-- supporters'. status: UNCONFIRMED (link not followed), AWAITING (pre-moderation: an officer has not approved it),
-- SHOWN, HIDDEN (reported enough times: hidden until an officer looks), REMOVED (an officer removed it, with a ground).
CREATE TABLE comment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    proposal_id    BIGINT        NOT NULL,
    parent_id      BIGINT        NULL,
    status         VARCHAR(16)   NOT NULL,
    body           TEXT          NOT NULL,
    display_name   VARCHAR(200)  NOT NULL,
    email          VARCHAR(254)  NULL,
    language       VARCHAR(8)    NOT NULL,
    by_author      BOOLEAN       NOT NULL DEFAULT FALSE,
    staff_unit     VARCHAR(200)  NULL,
    staff_user     VARCHAR(64)   NULL,
    notify_replies BOOLEAN       NOT NULL DEFAULT FALSE,
    reports        INT           NOT NULL DEFAULT 0,
    needs_review   BOOLEAN       NOT NULL DEFAULT FALSE,
    review_due     DATE          NULL,
    ground         VARCHAR(40)   NULL,
    created_at     DATETIME(6)   NOT NULL,
    confirmed_at   DATETIME(6)   NULL,
    shown_at       DATETIME(6)   NULL,
    moderated_at   DATETIME(6)   NULL,
    moderated_by   VARCHAR(64)   NULL,
    anonymised_at  DATETIME(6)   NULL,
    CONSTRAINT fk_comment_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    CONSTRAINT fk_comment_parent FOREIGN KEY (parent_id) REFERENCES comment (id),
    -- a page of a proposal's threads, and each thread's replies
    INDEX ix_comment_threads (proposal_id, parent_id, status, id),
    INDEX ix_comment_replies (parent_id, status, id),
    -- the officers' queue, by due date
    INDEX ix_comment_review (needs_review, review_due, id),
    -- the author's digest: what became visible since the last letter
    INDEX ix_comment_shown (proposal_id, shown_at),
    INDEX ix_comment_email (email)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Each report with its ground; the count on the comment hides it at portal.comments.reports-to-hide.
CREATE TABLE comment_report (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    comment_id  BIGINT       NOT NULL,
    ground      VARCHAR(40)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_comment_report_comment FOREIGN KEY (comment_id) REFERENCES comment (id),
    INDEX ix_comment_report_comment (comment_id, created_at)
) DEFAULT CHARSET = ascii;

-- The author asked for a daily letter of new comments: when the last one went (at most one a day).
CREATE TABLE comment_digest (
    proposal_id  BIGINT       NOT NULL PRIMARY KEY,
    since        DATETIME(6)  NOT NULL,
    last_sent_at DATETIME(6)  NULL,
    CONSTRAINT fk_comment_digest_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) DEFAULT CHARSET = ascii;
