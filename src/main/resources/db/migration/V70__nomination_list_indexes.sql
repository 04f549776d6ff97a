-- The staff list of nominations (Granskning, "Alla nomineringar"): an index for every filter and order it offers.
-- The round's year is found in prize_round (a few rows) and its nominations by round_id; "scored by me" reads the
-- unique (nomination_id, member) of nomination_review.
ALTER TABLE nomination
    ADD INDEX ix_nomination_status_submitted (status, submitted_at),
    ADD INDEX ix_nomination_round_submitted (round_id, status, submitted_at),
    ADD INDEX ix_nomination_kind_submitted (nominee_kind, submitted_at),
    ADD INDEX ix_nomination_nominee (nominee_name),
    ADD FULLTEXT INDEX ft_nomination_nominee (nominee_name, nominee_tie);
