-- Counts are made in the database and read indexes, not tables (issue 16; QueryPlanIT checks every query).
-- Case statistics: each grouping.
CREATE INDEX ix_case_level ON sspt_case (level);
CREATE INDEX ix_case_target_group ON sspt_case (target_group);
CREATE INDEX ix_case_opened_on ON sspt_case (opened_on);
CREATE INDEX ix_case_closed_on ON sspt_case (closed_on);
CREATE INDEX ix_case_phase ON sspt_case (phase);
-- Reminders and the coordinator's digest: months waiting or not sent, the week's confirmed check-ins,
-- the years in service on a day.
CREATE INDEX ix_timesheet_month_status ON timesheet (month, status);
CREATE INDEX ix_timesheet_status ON timesheet (status);
CREATE INDEX ix_check_in_time ON check_in (held_at);
CREATE INDEX ix_service_year_status ON service_year (status, start_date);
