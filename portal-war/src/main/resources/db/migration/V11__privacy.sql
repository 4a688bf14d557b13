-- Privacy by design (issue 15): retention that runs by itself, once per cluster; rectification with history;
-- restriction of a case.

-- The scheduled jobs: one row each. An instance runs a job only while it holds the row's lock
-- (SELECT ... FOR UPDATE SKIP LOCKED, in the job's transaction), and only once a day (last_run_on):
-- with several instances exactly one does the work, the others skip.
CREATE TABLE scheduled_job (
    name              VARCHAR(50)  NOT NULL PRIMARY KEY,
    last_run_on       DATE         NULL,
    last_started_at   DATETIME(3)  NULL,
    last_finished_at  DATETIME(3)  NULL,
    last_instance     VARCHAR(100) NULL,
    last_summary      VARCHAR(300) NULL,
    version           BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO scheduled_job (name) VALUES ('retention');

-- A closed case whose personal data the retention job pseudonymised (the counts statistics need stay);
-- a finished service year whose texts (notes, check-in summaries, task texts) it erased.
ALTER TABLE sspt_case
    ADD COLUMN personal_data_erased_on DATE NULL,
    ADD COLUMN restricted BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN restricted_since DATETIME(3) NULL;
ALTER TABLE service_year ADD COLUMN texts_erased_on DATE NULL;
CREATE INDEX ix_case_closed ON sspt_case (phase, closed_on);
CREATE INDEX ix_login_failure_time ON login_failure (occurred_at);

-- Rectification (GDPR art. 16): every correction of a household member keeps what was there before, who
-- changed it, when (UTC) and why. Erased with the member's other personal data when the case's time is over.
CREATE TABLE case_member_change (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id       BIGINT        NOT NULL,
    changed_at      DATETIME(3)   NOT NULL,
    changed_by_id   BIGINT        NOT NULL,
    old_full_name   VARCHAR(200)  NOT NULL,
    old_birth_date  DATE          NULL,
    old_relation    VARCHAR(100)  NULL,
    reason          VARCHAR(500)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_member_change_member FOREIGN KEY (member_id) REFERENCES case_member (id),
    CONSTRAINT fk_member_change_by FOREIGN KEY (changed_by_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_member_change_member ON case_member_change (member_id, changed_at);
