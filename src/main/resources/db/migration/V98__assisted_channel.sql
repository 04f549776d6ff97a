-- Registered on a resident's behalf (issue 22, DD40): an officer registers a proposal or a support that came on
-- paper, by phone or at the service centre. The channel (WEB for everything a resident did on the web), how the
-- person was identified as the officer noted it, when the resident consented, and who registered it. A resident
-- without e-mail has a postal address where the e-mail address would be (base.PostalAddress, "post:" + lines).
ALTER TABLE proposal
    ADD COLUMN channel       VARCHAR(16)  NOT NULL DEFAULT 'WEB',
    ADD COLUMN identified_by VARCHAR(200) NULL,
    ADD COLUMN consent_at    DATETIME(6)  NULL,
    ADD COLUMN registered_by VARCHAR(64)  NULL;

-- one person, one support: a paper support carries a normalised name + postal address key, unique per proposal
-- (many NULLs: the web supports have none)
ALTER TABLE support
    ADD COLUMN channel       VARCHAR(16)  NOT NULL DEFAULT 'WEB',
    ADD COLUMN postal_key    VARCHAR(254) NULL,
    ADD COLUMN identified_by VARCHAR(200) NULL,
    ADD COLUMN consent_at    DATETIME(6)  NULL,
    ADD COLUMN registered_by VARCHAR(64)  NULL,
    ADD CONSTRAINT uk_support_proposal_postal UNIQUE (proposal_id, postal_key);
