-- RST: temporary housing (at most 18 months) under a Social Pact, for people of SSPT cases.

CREATE TABLE housing_unit (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    type           VARCHAR(20)  NOT NULL,
    municipio      INT          NOT NULL,
    places         INT          NOT NULL,
    managing_org   VARCHAR(200) NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_unit_places CHECK (places BETWEEN 1 AND 100),
    CONSTRAINT ck_unit_municipio CHECK (municipio BETWEEN 1 AND 9)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE placement (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id            BIGINT       NOT NULL,
    member_id          BIGINT       NOT NULL,
    unit_id            BIGINT       NOT NULL,
    category           VARCHAR(30)  NOT NULL,
    first_start        DATE         NOT NULL,
    start_date         DATE         NOT NULL,
    planned_end        DATE         NOT NULL,
    ended_on           DATE         NULL,
    person_agreed_on   DATE         NULL,
    org_agreed_on      DATE         NULL,
    service_agreed_on  DATE         NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_placement_case FOREIGN KEY (case_id) REFERENCES sspt_case (id),
    CONSTRAINT fk_placement_member FOREIGN KEY (member_id) REFERENCES case_member (id),
    CONSTRAINT fk_placement_unit FOREIGN KEY (unit_id) REFERENCES housing_unit (id),
    CONSTRAINT ck_placement_dates CHECK (planned_end >= start_date AND start_date >= first_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_placement_unit ON placement (unit_id, start_date, planned_end);

CREATE TABLE pact_goal (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    placement_id  BIGINT       NOT NULL,
    area          VARCHAR(30)  NOT NULL,
    goal          VARCHAR(500) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_pact_goal_placement FOREIGN KEY (placement_id) REFERENCES placement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pact_step (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    placement_id  BIGINT        NOT NULL,
    due_date      DATE          NOT NULL,
    description   VARCHAR(500)  NOT NULL,
    checked_on    DATE          NULL,
    outcome       VARCHAR(1000) NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_pact_step_placement FOREIGN KEY (placement_id) REFERENCES placement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE accompaniment (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    placement_id  BIGINT        NOT NULL,
    kind          VARCHAR(40)   NOT NULL,
    done_on       DATE          NOT NULL,
    note          VARCHAR(1000) NULL,
    author_id     BIGINT        NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_accompaniment_placement FOREIGN KEY (placement_id) REFERENCES placement (id),
    CONSTRAINT fk_accompaniment_author FOREIGN KEY (author_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE waiting_entry (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT       NOT NULL,
    member_id     BIGINT       NOT NULL,
    category      VARCHAR(30)  NOT NULL,
    since         DATE         NOT NULL,
    placed        BOOLEAN      NOT NULL DEFAULT FALSE,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_waiting_case FOREIGN KEY (case_id) REFERENCES sspt_case (id),
    CONSTRAINT fk_waiting_member FOREIGN KEY (member_id) REFERENCES case_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
