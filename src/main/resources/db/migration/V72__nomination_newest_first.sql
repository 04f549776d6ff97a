-- The staff list of nominations shows the newest first by default: reading the time index backwards, it stops at the
-- page's end instead of sorting every nomination (the round's year is read per row, not joined). Measured with the
-- volume benchmark: 164 ms before, 10 ms after, at 10,000 nominations on a loaded machine.
ALTER TABLE nomination ADD INDEX ix_nomination_submitted (submitted_at);
