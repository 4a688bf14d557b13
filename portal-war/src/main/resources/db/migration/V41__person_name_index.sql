-- The people lists are read a page at a time in order of name (PeopleBrowser): with this index a page is a range
-- read, not a sort of every person (70,000 volunteers at national scale, issue 16).
CREATE INDEX ix_person_name ON person (full_name, id);
