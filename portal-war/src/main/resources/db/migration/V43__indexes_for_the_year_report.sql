-- The year's report (issue 18 part 4) finds the service years of a calendar year by their dates: those that
-- overlap it (end after its first day) and the first start of all (the year selector). Without these, each
-- report would read service_year whole (QueryPlanIT). Hours, check-ins and tasks are then reached through their
-- existing (service_year_id, ...) indexes.
CREATE INDEX ix_service_year_end ON service_year (end_date, start_date);
CREATE INDEX ix_service_year_start ON service_year (start_date);
