-- Personal API tokens: scripts and embedding applications use them instead of a person's password.
-- Only the SHA-256 of a token is kept; the token itself is shown once, when it is made.
CREATE TABLE api_token (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id     BIGINT       NOT NULL,
    name          VARCHAR(100) NOT NULL,
    token_hash    CHAR(64)     NOT NULL,
    prefix        VARCHAR(12)  NOT NULL,
    read_only     BOOLEAN      NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    created_by    BIGINT       NOT NULL,
    expires_on    DATE         NULL,
    revoked_at    DATETIME(3)  NULL,
    last_used_at  DATETIME(3)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_api_token_creator FOREIGN KEY (created_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_api_token_person ON api_token (person_id, created_at);
