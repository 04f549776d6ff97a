-- A prize round's own words in Finnish (DD43): the about text and each criterion's title and description. Optional:
-- a Finnish page shows the Swedish, marked lang="sv", where the Finnish is empty (NULL).
ALTER TABLE prize_round
    ADD COLUMN about_fi VARCHAR(4000) NULL;

ALTER TABLE prize_criterion
    ADD COLUMN title_fi       VARCHAR(200)  NULL,
    ADD COLUMN description_fi VARCHAR(1000) NULL;
