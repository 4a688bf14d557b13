-- A second factor per account (issue 17): a TOTP secret (RFC 6238) and one-time recovery codes.
-- last_step is the last 30-second step whose code was accepted, so that a code is never accepted twice.
-- Recovery codes are kept as SHA-256 only (random, 60 bits each); the codes themselves are shown once.
CREATE TABLE second_factor (
    person_id     BIGINT       NOT NULL PRIMARY KEY,
    secret        VARCHAR(64)  NOT NULL,
    enrolled_at   DATETIME(3)  NOT NULL,
    last_step     BIGINT       NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_second_factor_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE recovery_code (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id     BIGINT       NOT NULL,
    code_hash     CHAR(64)     NOT NULL,
    used_at       DATETIME(3)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_recovery_code_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_recovery_code_person ON recovery_code (person_id);
