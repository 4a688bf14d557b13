-- The year's report made ahead of the request and kept (issue 16): at 70,000 volunteers its queries take minutes,
-- far beyond a request's answer limit, so a report is made in the background (YearReportMaker) and kept here,
-- then shown from here. A row per year a report can be asked for (YearReportService.FIRST_YEAR to LAST_YEAR),
-- made in advance: a make locks its year's row (FOR UPDATE SKIP LOCKED), so one instance of a cluster makes it while
-- another skips, and no insert can race another.
CREATE TABLE year_report (
  year      INT          NOT NULL PRIMARY KEY,
  made_at   DATETIME(6)  NULL,      -- UTC: when the make read the data (null: never made)
  as_of     DATE         NULL,      -- the day (Rome) the figures run to
  millis    BIGINT       NULL,      -- how long the make took
  report    LONGBLOB     NULL       -- the YearReport, serialized (YearReportMaker)
) ENGINE=InnoDB;

INSERT INTO year_report (year)
WITH RECURSIVE y (n) AS (SELECT 2000 UNION ALL SELECT n + 1 FROM y WHERE n < 2100)
SELECT n FROM y;
