-- The codice fiscale of a person (issue 17): SPID and CIE sign-ins are matched to the account that carries it.
-- Set by a coordinator or an administrator, never by signing in; NULL for accounts without one.
ALTER TABLE person ADD COLUMN fiscal_code CHAR(16) NULL;
ALTER TABLE person ADD CONSTRAINT uq_person_fiscal_code UNIQUE (fiscal_code);
