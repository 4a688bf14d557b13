-- E-mail reminders (issue 18): what each person wants to receive, every reminder made (once per person,
-- kind, subject and period, whatever the number of instances), and the job row that one instance leases.

-- One row per person who changed the defaults; no row means every reminder of their roles, in Italian.
CREATE TABLE reminder_setting (
    person_id   BIGINT       NOT NULL PRIMARY KEY,
    language    CHAR(2)      NOT NULL DEFAULT 'it',
    opted_out   VARCHAR(400) NOT NULL DEFAULT '',
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_reminder_setting_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_reminder_setting_language CHECK (language IN ('it', 'en'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A reminder is made once (the unique key), then delivered: PENDING until sent, FAILED (retried at
-- next_attempt_at, at most a few times), SENT, or SKIPPED when the person opted out before delivery.
-- subject_code and detail hold only codes, dates and counts, never case content or names.
CREATE TABLE reminder_sent (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id        BIGINT       NOT NULL,
    kind             VARCHAR(40)  NOT NULL,
    subject_ref      VARCHAR(40)  NOT NULL,
    period           VARCHAR(20)  NOT NULL,
    subject_code     VARCHAR(60)  NULL,
    detail           VARCHAR(200) NULL,
    link             VARCHAR(200) NOT NULL,
    status           VARCHAR(10)  NOT NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    last_error       VARCHAR(300) NULL,
    created_at       DATETIME(3)  NOT NULL,
    next_attempt_at  DATETIME(3)  NOT NULL,
    sent_at          DATETIME(3)  NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_reminder_once UNIQUE (person_id, kind, subject_ref, period),
    CONSTRAINT fk_reminder_sent_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_reminder_due ON reminder_sent (status, next_attempt_at);

-- Scheduled jobs that must run on one instance at a time: an instance locks the row (SELECT ... FOR UPDATE),
-- takes the lease if it has expired, and commits; the others see the lease and skip the run.
CREATE TABLE job_lease (
    name          VARCHAR(40)  NOT NULL PRIMARY KEY,
    leased_by     VARCHAR(100) NULL,
    leased_until  DATETIME(3)  NULL,
    last_started  DATETIME(3)  NULL,
    last_finished DATETIME(3)  NULL,
    last_outcome  VARCHAR(300) NULL,
    version       BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO job_lease (name) VALUES ('reminders');
