-- Requests sent with an Idempotency-Key (a phone that lost the network sends its entry again, with the
-- same key, when the network returns). The first answer is kept for 24 hours with a fingerprint of the
-- request, in the same transaction as the entry it created, so that a repeat gets the same answer and
-- nothing is stored twice. One row per account and key: the unique key also decides between parallel
-- repeats (the second waits for the first's row, then reads its answer).
-- hour_entry.idempotency_key (V2) is no longer written; old rows keep it.
CREATE TABLE idempotent_request (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id    BIGINT        NOT NULL,
    idem_key     VARCHAR(100)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    fingerprint  CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    status       SMALLINT      NOT NULL,
    entry_id     BIGINT        NULL,
    answer       MEDIUMTEXT    NULL,
    created_at   DATETIME(3)   NOT NULL,
    expires_at   DATETIME(3)   NOT NULL,
    CONSTRAINT uq_idempotent_request_key UNIQUE (person_id, idem_key),
    CONSTRAINT fk_idempotent_request_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_idempotent_request_entry FOREIGN KEY (entry_id) REFERENCES hour_entry (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_idempotent_request_expiry ON idempotent_request (expires_at);
