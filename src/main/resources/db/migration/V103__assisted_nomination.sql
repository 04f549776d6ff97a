-- A nomination registered on a nominator's behalf (issue 22, DD42): the same four columns as a proposal's and a
-- support's (V98, base.OnBehalf). A nominator without e-mail has a postal address where the e-mail address is
-- (base.PostalAddress, "post:" + three lines, at most 234 characters of nominator_email's 254).
ALTER TABLE nomination
    ADD COLUMN channel       VARCHAR(16)  NOT NULL DEFAULT 'WEB',
    ADD COLUMN identified_by VARCHAR(200) NULL,
    ADD COLUMN consent_at    DATETIME(6)  NULL,
    ADD COLUMN registered_by VARCHAR(64)  NULL;
