-- Letter templates edited by administrators: the active override per letter and language, and every change
-- (who, when, what; an empty body means "back to the default that ships with the code").
CREATE TABLE letter_template_override (
    name       VARCHAR(100) NOT NULL,
    language   VARCHAR(8)   NOT NULL,
    body       MEDIUMTEXT   NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    updated_by VARCHAR(64)  NOT NULL,
    PRIMARY KEY (name, language)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE letter_template_change (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    language   VARCHAR(8)   NOT NULL,
    body       MEDIUMTEXT,
    changed_at DATETIME(6)  NOT NULL,
    changed_by VARCHAR(64)  NOT NULL,
    INDEX ix_template_change (name, language, changed_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
