-- Measured with the volume benchmark: the year's counts read the whole note (the outcome of a decision) from the
-- index on time, and handling times find a step's end by kind and time and its start by kind and proposal without
-- reading rows, when each index carries the columns the query needs.
ALTER TABLE proposal_timeline
    DROP INDEX ix_timeline_at,
    DROP INDEX ix_timeline_status_at,
    DROP INDEX ix_timeline_status,
    ADD INDEX ix_timeline_at (at, status, note),
    ADD INDEX ix_timeline_status_at (status, at, proposal_id),
    ADD INDEX ix_timeline_status (status, proposal_id, at);

-- account changes are kept in audit_event (base.AuditLog), creation included: the audit trail no longer reads accounts
ALTER TABLE staff_account DROP INDEX ix_staff_account_created;
