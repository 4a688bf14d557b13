-- Case statistics are counted in the database (issue 16): each grouping reads an index, not the table.
CREATE INDEX ix_case_level ON sspt_case (level);
CREATE INDEX ix_case_target_group ON sspt_case (target_group);
CREATE INDEX ix_case_opened_on ON sspt_case (opened_on);
CREATE INDEX ix_case_closed_on ON sspt_case (closed_on);
CREATE INDEX ix_case_phase ON sspt_case (phase);
