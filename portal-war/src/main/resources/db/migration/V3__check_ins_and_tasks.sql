-- Tutor check-ins (the daily or weekly meeting, on-the-job training) and the tasks they give.

CREATE TABLE check_in (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service_year_id        BIGINT        NOT NULL,
    meeting_ref            VARCHAR(36)   NOT NULL,
    held_at                DATETIME(0)   NOT NULL,
    mode                   VARCHAR(20)   NOT NULL,
    minutes                INT           NOT NULL,
    activity_type          VARCHAR(40)   NULL,
    summary                VARCHAR(1000) NOT NULL,
    recorded_by_id         BIGINT        NOT NULL,
    tutor_confirmed_at     DATETIME(3)   NULL,
    volunteer_confirmed_at DATETIME(3)   NULL,
    volunteer_remark       VARCHAR(1000) NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_check_in_year FOREIGN KEY (service_year_id) REFERENCES service_year (id),
    CONSTRAINT fk_check_in_recorder FOREIGN KEY (recorded_by_id) REFERENCES person (id),
    CONSTRAINT ck_check_in_minutes CHECK (minutes > 0 AND minutes <= 1440)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_check_in_year_time ON check_in (service_year_id, held_at);

CREATE TABLE task (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service_year_id  BIGINT        NOT NULL,
    check_in_id      BIGINT        NULL,
    title            VARCHAR(200)  NOT NULL,
    description      VARCHAR(2000) NULL,
    activity_type    VARCHAR(40)   NOT NULL,
    due_date         DATE          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    outcome          VARCHAR(1000) NULL,
    created_by_id    BIGINT        NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_task_year FOREIGN KEY (service_year_id) REFERENCES service_year (id),
    CONSTRAINT fk_task_check_in FOREIGN KEY (check_in_id) REFERENCES check_in (id),
    CONSTRAINT fk_task_creator FOREIGN KEY (created_by_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_task_year_status ON task (service_year_id, status, due_date);

-- Hours can name the task they served; hours made from a confirmed check-in name it (once).
ALTER TABLE hour_entry ADD COLUMN task_id BIGINT NULL,
    ADD COLUMN check_in_id BIGINT NULL,
    ADD CONSTRAINT fk_hour_entry_task FOREIGN KEY (task_id) REFERENCES task (id),
    ADD CONSTRAINT fk_hour_entry_check_in FOREIGN KEY (check_in_id) REFERENCES check_in (id),
    ADD CONSTRAINT uq_hour_entry_check_in UNIQUE (check_in_id);
