-- SSPT cases (special-category personal data: access by Municipio and responsibility, every read and change audited).

ALTER TABLE person ADD COLUMN municipio INT NULL;

CREATE TABLE sspt_case (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(20)   NOT NULL,
    municipio         INT           NOT NULL,
    level             VARCHAR(10)   NOT NULL,
    court_authority   VARCHAR(200)  NULL,
    court_order_ref   VARCHAR(100)  NULL,
    court_order_date  DATE          NULL,
    access_channel    VARCHAR(20)   NOT NULL,
    target_group      VARCHAR(30)   NOT NULL,
    non_resident      BOOLEAN       NOT NULL DEFAULT FALSE,
    summary           VARCHAR(2000) NULL,
    responsible_id    BIGINT        NOT NULL,
    phase             VARCHAR(30)   NOT NULL,
    outcome           VARCHAR(20)   NULL,
    opened_on         DATE          NOT NULL,
    closed_on         DATE          NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_case_code UNIQUE (code),
    CONSTRAINT fk_case_responsible FOREIGN KEY (responsible_id) REFERENCES person (id),
    CONSTRAINT ck_case_municipio CHECK (municipio BETWEEN 1 AND 9)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_case_municipio ON sspt_case (municipio, phase);

CREATE TABLE case_member (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT       NOT NULL,
    full_name   VARCHAR(200) NOT NULL,
    birth_date  DATE         NULL,
    relation    VARCHAR(100) NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_member_case FOREIGN KEY (case_id) REFERENCES sspt_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_collaborator (
    id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT NOT NULL,
    person_id   BIGINT NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_collab_case FOREIGN KEY (case_id) REFERENCES sspt_case (id),
    CONSTRAINT fk_collab_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uq_collab UNIQUE (case_id, person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_transition (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    from_phase   VARCHAR(30)   NOT NULL,
    to_phase     VARCHAR(30)   NOT NULL,
    actor_id     BIGINT        NOT NULL,
    occurred_at  DATETIME(3)   NOT NULL,
    note         VARCHAR(1000) NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_ctrans_case FOREIGN KEY (case_id) REFERENCES sspt_case (id),
    CONSTRAINT fk_ctrans_actor FOREIGN KEY (actor_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_goal (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    goal         VARCHAR(500)  NOT NULL,
    actions      VARCHAR(1000) NULL,
    responsible  VARCHAR(200)  NULL,
    deadline     DATE          NULL,
    agreed_on    DATE          NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_goal_case FOREIGN KEY (case_id) REFERENCES sspt_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_intervention (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    type         VARCHAR(200)  NOT NULL,
    partner      VARCHAR(200)  NOT NULL,
    start_date   DATE          NOT NULL,
    end_date     DATE          NULL,
    next_check   DATE          NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_intervention_case FOREIGN KEY (case_id) REFERENCES sspt_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_monitoring (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    checked_on   DATE          NOT NULL,
    note         VARCHAR(2000) NOT NULL,
    author_id    BIGINT        NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_monitoring_case FOREIGN KEY (case_id) REFERENCES sspt_case (id),
    CONSTRAINT fk_monitoring_author FOREIGN KEY (author_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A task may concern a case: the volunteer then sees only the case's code.
ALTER TABLE task ADD COLUMN case_id BIGINT NULL, ADD CONSTRAINT fk_task_case FOREIGN KEY (case_id) REFERENCES sspt_case (id);

-- Append-only: the application inserts and reads, never updates or deletes.
CREATE TABLE audit_record (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at     DATETIME(3)   NOT NULL,
    actor           VARCHAR(64)   NOT NULL,
    action          VARCHAR(30)   NOT NULL,
    record_type     VARCHAR(30)   NOT NULL,
    record_id       BIGINT        NULL,
    detail          VARCHAR(300)  NULL,
    remote_address  VARCHAR(64)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_actor ON audit_record (actor, occurred_at);
CREATE INDEX ix_audit_record ON audit_record (record_type, record_id, occurred_at);
