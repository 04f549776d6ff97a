-- A report of a comment counts once per client address (issue 19, DD28): reporter is the SHA-256 of the comment's id
-- and the client address, never the address itself, so one person cannot hide a comment alone by reporting it again
-- and again. Rows from before this change have none (a NULL does not clash with the unique key). The key is removed
-- with the commenters' names when the proposal's personal data is anonymised.
ALTER TABLE comment_report
    ADD COLUMN reporter CHAR(64) NULL AFTER ground,
    ADD CONSTRAINT uk_comment_report_reporter UNIQUE (comment_id, reporter);
