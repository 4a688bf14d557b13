-- Hours, absences and monthly timesheets of a service year.

CREATE TABLE hour_entry (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service_year_id  BIGINT        NOT NULL,
    entry_date       DATE          NOT NULL,
    category         VARCHAR(30)   NOT NULL,
    minutes          INT           NOT NULL,
    activity_type    VARCHAR(40)   NULL,
    note             VARCHAR(1000) NULL,
    idempotency_key  VARCHAR(100)  NULL,
    created_at       DATETIME(3)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_hour_entry_year FOREIGN KEY (service_year_id) REFERENCES service_year (id),
    CONSTRAINT ck_hour_entry_minutes CHECK (minutes > 0 AND minutes <= 1440),
    CONSTRAINT uq_hour_entry_idempotency UNIQUE (service_year_id, idempotency_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_hour_entry_year_date ON hour_entry (service_year_id, entry_date);

CREATE TABLE absence (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service_year_id  BIGINT       NOT NULL,
    absence_date     DATE         NOT NULL,
    type             VARCHAR(20)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_absence_year FOREIGN KEY (service_year_id) REFERENCES service_year (id),
    CONSTRAINT uq_absence_day UNIQUE (service_year_id, absence_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per month that has been submitted at least once; a month without a row is open.
CREATE TABLE timesheet (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service_year_id  BIGINT       NOT NULL,
    month            CHAR(7)      NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_timesheet_year FOREIGN KEY (service_year_id) REFERENCES service_year (id),
    CONSTRAINT uq_timesheet_month UNIQUE (service_year_id, month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of a timesheet's status: who, when, why. Append-only.
CREATE TABLE timesheet_transition (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    timesheet_id     BIGINT        NOT NULL,
    from_status      VARCHAR(20)   NOT NULL,
    to_status        VARCHAR(20)   NOT NULL,
    actor_id         BIGINT        NOT NULL,
    occurred_at      DATETIME(3)   NOT NULL,
    reason           VARCHAR(1000) NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_transition_timesheet FOREIGN KEY (timesheet_id) REFERENCES timesheet (id),
    CONSTRAINT fk_transition_actor FOREIGN KEY (actor_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_transition_timesheet ON timesheet_transition (timesheet_id, occurred_at);
