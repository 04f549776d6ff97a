-- Issue 21, item 4: the overview's three cards of approved proposals (DD29) count "bifall decided before now" at
-- every visit. Without an index on the decision that was a scan of every proposal, three times per visit (the
-- slowest part of the overview's figures at 100,000 proposals); now a range of this index, read index-only.
ALTER TABLE proposal
    ADD INDEX ix_proposal_decision (decision, decided_at);
