-- RST: the 18 months of a person run from the earliest start the portal knows for them, whatever a request says.
-- A stay that began before the portal recorded placements is declared with its first day, by a social worker:
-- kept here with who declared it and when, never updated (the audit trail has the same event).

CREATE TABLE rst_declared_stay (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id       BIGINT       NOT NULL,
    first_start     DATE         NOT NULL,
    declared_by_id  BIGINT       NOT NULL,
    declared_at     DATETIME(3)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_declared_stay_member FOREIGN KEY (member_id) REFERENCES case_member (id),
    CONSTRAINT fk_declared_stay_by FOREIGN KEY (declared_by_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_declared_stay_member ON rst_declared_stay (member_id, first_start);
CREATE INDEX ix_placement_member ON placement (member_id, first_start);

-- Placements made before this migration kept the first start their request sent (or their own start when it sent
-- none): give every placement of a person the earliest of them, as the portal now does. Dates only move earlier,
-- so start_date >= first_start still holds.
UPDATE placement p
  JOIN (SELECT member_id, MIN(first_start) AS first_start FROM placement GROUP BY member_id) earliest
    ON earliest.member_id = p.member_id
   SET p.first_start = earliest.first_start
 WHERE p.first_start > earliest.first_start;
