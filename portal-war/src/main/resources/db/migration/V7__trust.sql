-- Trust: every request re-checks the account (security stamp), forced password change after a reset,
-- sign-in failures counted per account and address, and a tamper-evident audit trail.

ALTER TABLE person
    ADD COLUMN security_stamp       CHAR(32)    NOT NULL DEFAULT '',
    ADD COLUMN must_change_password BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN failures_reset_at    DATETIME(3) NULL;
-- UUID() is evaluated per row
UPDATE person SET security_stamp = REPLACE(UUID(), '-', '');

-- what a failed sign-in met: INVALID (wrong name or password, disabled), LOCKED (too many failures)
ALTER TABLE login_failure ADD COLUMN outcome VARCHAR(20) NOT NULL DEFAULT 'INVALID';
CREATE INDEX ix_login_failure_user_address ON login_failure (username, remote_address, occurred_at);

-- The audit chain: row n carries SHA-256(hash of row n-1 | its own fields), in the order of seq.
-- Times are UTC from now on (rows written before this migration hold Europe/Rome local time).
ALTER TABLE audit_record
    ADD COLUMN seq       BIGINT   NULL,
    ADD COLUMN prev_hash CHAR(64) NULL,
    ADD COLUMN hash      CHAR(64) NULL;

-- Seal the rows written before the chain existed, in id order; the formula is AuditRecord.canonical().
SET @seq := 0;
SET @h := REPEAT('0', 64);
UPDATE audit_record
   SET seq = (@seq := @seq + 1),
       prev_hash = @h,
       hash = (@h := SHA2(CONCAT_WS('|', @h, @seq, DATE_FORMAT(occurred_at, '%Y-%m-%dT%H:%i:%s.%f'), actor, action,
                                    record_type, IFNULL(record_id, ''), IFNULL(detail, ''), remote_address), 256))
 ORDER BY id;

ALTER TABLE audit_record MODIFY seq BIGINT NOT NULL, MODIFY prev_hash CHAR(64) NOT NULL, MODIFY hash CHAR(64) NOT NULL;
CREATE UNIQUE INDEX uq_audit_seq ON audit_record (seq);

-- The head of the chain: one row, locked by each append so that appends form one sequence on every instance.
CREATE TABLE audit_chain (
    id        INT      NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO audit_chain (id, last_seq, last_hash) SELECT 1, @seq, @h;

-- The application's account may add to the audit trail, never change or remove it (the chain shows it if
-- someone with the owner's rights does).
CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit trail is append-only';
CREATE TRIGGER audit_record_no_delete BEFORE DELETE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit trail is append-only';
