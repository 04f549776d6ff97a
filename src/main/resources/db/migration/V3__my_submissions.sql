-- "Mina inskick": a resident asks for a one-time link by e-mail to the list of what they submitted or supported.

-- A link of purpose MY_SUBMISSIONS proves an address rather than pointing at a row: it has no target and keeps the
-- address it was sent to (addresses are ASCII: InputCheck accepts no other). Removed a week after it expires.
ALTER TABLE access_link
    MODIFY target_id BIGINT NULL,
    ADD COLUMN email VARCHAR(254) NULL;

-- Every request for a link, by the SHA-256 of the address (the rate limit counts these, whether or not the address
-- had anything to show), so the limit holds across instances.
CREATE TABLE address_request (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    address_hash CHAR(64)    NOT NULL,
    requested_at DATETIME(6) NOT NULL,
    INDEX ix_address_request (address_hash, requested_at)
) DEFAULT CHARSET = ascii;

-- One row per address that has asked: the row is locked while a request is counted, so that parallel requests for
-- the same address, on any instance, are counted one at a time.
CREATE TABLE address_lock (
    address_hash CHAR(64) NOT NULL PRIMARY KEY
) DEFAULT CHARSET = ascii;
