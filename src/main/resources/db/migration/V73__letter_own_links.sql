-- A letter names the one-time links the portal attached to it (issue 17, item 1; DD20). Its body marks where their
-- tokens go with a key drawn for this letter alone, so text a person typed (a title, a name, an edited template)
-- can never name a link: only these links are minted when the letter leaves. Letters written before this have no
-- key, and their placeholders are left as they are (they open nothing).
ALTER TABLE letter
    ADD COLUMN link_key CHAR(32) NULL,
    ADD COLUMN links    VARCHAR(255) NULL;
