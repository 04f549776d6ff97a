-- Granskning at volume (100,000 proposals, 1,000,000 letters): an index for every filter and sort the staff list
-- offers, for the year's figures (read from the timeline by date) and for the newest letters on the overview.

ALTER TABLE proposal
    ADD INDEX ix_proposal_submitted (submitted_at),
    ADD INDEX ix_proposal_status_submitted (status, submitted_at),
    ADD INDEX ix_proposal_district (district, submitted_at),
    ADD INDEX ix_proposal_category (category, submitted_at),
    ADD INDEX ix_proposal_committee (committee, submitted_at),
    ADD INDEX ix_proposal_supports (support_count),
    ADD INDEX ix_proposal_title_sort (title),
    -- the waiting steps' due dates: the overdue filter and the overview's due and overdue counts
    ADD INDEX ix_proposal_moderation_due (status, moderation_due),
    ADD INDEX ix_proposal_referral_due (status, referral_due),
    ADD INDEX ix_proposal_decision_due (status, decision_due),
    -- open data: public proposals in a stable order
    ADD INDEX ix_proposal_status_id (status, id);

-- the year's figures count transitions by date (and by kind and date: handling times, still open at a date); a
-- step's start is found by kind and proposal; the audit trail counts and filters staff steps by who took them
ALTER TABLE proposal_timeline
    ADD INDEX ix_timeline_at (at, status, note(60)),
    ADD INDEX ix_timeline_status_at (status, at),
    ADD INDEX ix_timeline_status (status, proposal_id),
    ADD INDEX ix_timeline_actor (actor, at);

ALTER TABLE letter
    ADD INDEX ix_letter_created (created_at);
