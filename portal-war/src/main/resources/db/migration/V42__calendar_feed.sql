-- Calendar feeds (issue 18): each person may have one private iCalendar URL at a time. The URL carries a secret
-- token; only its SHA-256 is kept (as for API tokens), so the portal cannot show an old URL again: it shows it
-- once, when it is made. Revoking keeps the row (revoked_at) for the audit's sake; a revoked token answers 404.
CREATE TABLE calendar_feed (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id     BIGINT       NOT NULL,
    token_hash    CHAR(64)     NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    revoked_at    DATETIME(3)  NULL,
    last_used_at  DATETIME(3)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_calendar_feed_hash UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_calendar_feed_person ON calendar_feed (person_id, revoked_at);
