-- Each service year's minutes by month, category and activity, kept by the database on every write to hour_entry
-- (issue 16): the year's report and the certificates' completion sum these rows, about one per volunteer, month and
-- kind of hours, instead of every entry (at 1,000 load volunteers the report read 271,000 entries four times, 1.5 s;
-- at 70,000 it would read 17.5 million). Triggers, so that no path that writes entries (the API, the week grid, the
-- demo's batch loader, a restore) can leave the totals behind. activity_type is '' for none (a key cannot hold NULL).
CREATE TABLE hour_total (
    service_year_id  BIGINT       NOT NULL,
    month            DATE         NOT NULL,
    category         VARCHAR(30)  NOT NULL,
    activity_type    VARCHAR(40)  NOT NULL,
    minutes          BIGINT       NOT NULL,
    entries          INT          NOT NULL,
    PRIMARY KEY (service_year_id, month, category, activity_type),
    CONSTRAINT fk_hour_total_year FOREIGN KEY (service_year_id) REFERENCES service_year (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the fill and the triggers under one lock: an instance still running the old version (a rolling upgrade) waits
-- to write entries until the triggers exist, so no entry is missed between the two
LOCK TABLES hour_entry WRITE, hour_total WRITE;

INSERT INTO hour_total (service_year_id, month, category, activity_type, minutes, entries)
SELECT service_year_id, entry_date - INTERVAL (DAYOFMONTH(entry_date) - 1) DAY, category, COALESCE(activity_type, ''), SUM(minutes), COUNT(*)
FROM hour_entry GROUP BY service_year_id, entry_date - INTERVAL (DAYOFMONTH(entry_date) - 1) DAY, category, COALESCE(activity_type, '');

CREATE TRIGGER hour_entry_total_insert AFTER INSERT ON hour_entry FOR EACH ROW
    INSERT INTO hour_total (service_year_id, month, category, activity_type, minutes, entries)
    VALUES (NEW.service_year_id, NEW.entry_date - INTERVAL (DAYOFMONTH(NEW.entry_date) - 1) DAY, NEW.category,
            COALESCE(NEW.activity_type, ''), NEW.minutes, 1)
    ON DUPLICATE KEY UPDATE minutes = minutes + NEW.minutes, entries = entries + 1;

CREATE TRIGGER hour_entry_total_delete AFTER DELETE ON hour_entry FOR EACH ROW
    UPDATE hour_total SET minutes = minutes - OLD.minutes, entries = entries - 1
    WHERE service_year_id = OLD.service_year_id AND month = OLD.entry_date - INTERVAL (DAYOFMONTH(OLD.entry_date) - 1) DAY
      AND category = OLD.category AND activity_type = COALESCE(OLD.activity_type, '');

-- a change is the old row taken away, then the new one added (two triggers: one statement each)
CREATE TRIGGER hour_entry_total_update_old AFTER UPDATE ON hour_entry FOR EACH ROW
    UPDATE hour_total SET minutes = minutes - OLD.minutes, entries = entries - 1
    WHERE service_year_id = OLD.service_year_id AND month = OLD.entry_date - INTERVAL (DAYOFMONTH(OLD.entry_date) - 1) DAY
      AND category = OLD.category AND activity_type = COALESCE(OLD.activity_type, '');

CREATE TRIGGER hour_entry_total_update_new AFTER UPDATE ON hour_entry FOR EACH ROW FOLLOWS hour_entry_total_update_old
    INSERT INTO hour_total (service_year_id, month, category, activity_type, minutes, entries)
    VALUES (NEW.service_year_id, NEW.entry_date - INTERVAL (DAYOFMONTH(NEW.entry_date) - 1) DAY, NEW.category,
            COALESCE(NEW.activity_type, ''), NEW.minutes, 1)
    ON DUPLICATE KEY UPDATE minutes = minutes + NEW.minutes, entries = entries + 1;

UNLOCK TABLES;
