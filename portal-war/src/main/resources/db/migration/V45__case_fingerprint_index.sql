-- The case statistics are counted again only when the cases' fingerprint moves (count, sum of versions, highest id):
-- this index lets the database read it from a small index instead of every case's row.
CREATE INDEX ix_case_version ON sspt_case (version);
