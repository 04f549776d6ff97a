-- One link rule (base/OneTimeLink) for every e-mailed link, and no usable token at rest (DD13): a link's token is
-- minted when its letter leaves; the one minted before it keeps working (a resend under the same Message-ID).
ALTER TABLE access_link ADD COLUMN previous_token_hash CHAR(64) NULL AFTER token_hash;
CREATE INDEX ix_access_link_previous_token ON access_link (previous_token_hash);

ALTER TABLE staff_password_reset ADD COLUMN previous_token_hash CHAR(64) NULL AFTER token_hash;
CREATE INDEX ix_staff_password_reset_previous_token ON staff_password_reset (previous_token_hash);

ALTER TABLE nomination ADD COLUMN link_previous_hash CHAR(64) NULL AFTER token_hash,
    ADD COLUMN link_used_at DATETIME(6) NULL AFTER link_expires_at;
CREATE INDEX ix_nomination_link_previous_hash ON nomination (link_previous_hash);
UPDATE nomination SET link_used_at = confirmed_at WHERE confirmed_at IS NOT NULL;

-- The author's own link no longer lives ten years: at most three, and 30 days after the matter ended
-- (portal.links.*; these are the defaults).
UPDATE access_link l JOIN proposal p ON p.id = l.target_id
SET l.expires_at = LEAST(l.expires_at,
        DATE_ADD(COALESCE(p.withdrawn_at, p.decided_at, p.closed_at, l.expires_at), INTERVAL 30 DAY),
        DATE_ADD(p.confirmed_at, INTERVAL 1095 DAY))
WHERE l.purpose = 'MANAGE_PROPOSAL';

-- Letters written before this change hold their links' tokens in clear: those links stop working (a resend
-- now mints a fresh token only for letters written with a placeholder).
UPDATE letter SET body_text = REGEXP_REPLACE(body_text,
        '(/(forslag/bekrafta|forslag/hantera|stod/bekrafta|mina-inskick/lista|demokratipriset/bekrafta|konto/nytt-losenord)/)[A-Za-z0-9_-]{43}',
        '\\1utgangen'),
    body_html = REGEXP_REPLACE(body_html,
        '(/(forslag/bekrafta|forslag/hantera|stod/bekrafta|mina-inskick/lista|demokratipriset/bekrafta|konto/nytt-losenord)/)[A-Za-z0-9_-]{43}',
        '\\1utgangen');
