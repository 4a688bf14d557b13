-- People, accounts, projects and service years. Flyway owns the schema; JPA never creates tables.
-- Every table carries an optimistic-locking version.

CREATE TABLE person (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    password_hash   VARCHAR(512) NOT NULL,
    roles           VARCHAR(200) NOT NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins   INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(3)  NULL,
    created_at      DATETIME(3)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_person_username UNIQUE (username),
    CONSTRAINT uq_person_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    seat_address    VARCHAR(300) NOT NULL,
    seats           INT          NOT NULL,
    programme       VARCHAR(64)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_project_seats CHECK (seats BETWEEN 1 AND 1000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_year (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    volunteer_id    BIGINT       NOT NULL,
    project_id      BIGINT       NOT NULL,
    tutor_id        BIGINT       NOT NULL,
    start_date      DATE         NOT NULL,
    end_date        DATE         NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_service_year_volunteer FOREIGN KEY (volunteer_id) REFERENCES person (id),
    CONSTRAINT fk_service_year_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_service_year_tutor FOREIGN KEY (tutor_id) REFERENCES person (id),
    CONSTRAINT ck_service_year_dates CHECK (end_date > start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_service_year_tutor ON service_year (tutor_id);
CREATE INDEX ix_service_year_volunteer ON service_year (volunteer_id);

-- Every failed sign-in, kept for the administrator (who, when, from where).
CREATE TABLE login_failure (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    occurred_at     DATETIME(3)  NOT NULL,
    remote_address  VARCHAR(64)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_login_failure_username ON login_failure (username, occurred_at);
