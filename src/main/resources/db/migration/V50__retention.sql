-- Retention (README "Retention: what is deleted and when"): the retention job anonymises a closed proposal's
-- personal data, forgets supporters' addresses and reduces old letters to their metadata.

-- when the author's and supporters' names and addresses were replaced; the job looks for closed, not yet
-- anonymised proposals
ALTER TABLE proposal
    ADD COLUMN anonymised_at DATETIME(6) NULL,
    ADD INDEX ix_proposal_retention (anonymised_at, status);

-- an anonymised support keeps its proposal and its dates (the figures count them), not its address; the unique
-- key (proposal_id, email) allows many NULLs
ALTER TABLE support
    MODIFY email VARCHAR(254) NULL,
    ADD INDEX ix_support_unconfirmed (confirmed_at, created_at);

-- the links of a proposal or a support are found by what they point at when the proposal's data is forgotten
ALTER TABLE access_link
    ADD INDEX ix_access_link_retention (target_id, purpose);

-- a letter whose text and HTML were deleted once it could no longer be sent again: only its metadata stays
ALTER TABLE letter
    ADD COLUMN content_deleted_at DATETIME(6) NULL,
    ADD INDEX ix_letter_retention (content_deleted_at, status, sent_at);

-- unconfirmed nominations are found by their link's expiry
ALTER TABLE nomination
    ADD INDEX ix_nomination_unconfirmed (status, link_expires_at);
