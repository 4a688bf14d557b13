-- One-time set-up of an external MariaDB (10.6 or newer) for the portal; run as a database administrator.
-- Two accounts (docs/security.md):
--   portal_owner  owns the schema: the portal's Flyway migrations run as this account at start-up
--                 (PORTAL_DB_MIGRATIONUSER / PORTAL_DB_MIGRATIONPASSWORD); it creates tables and the
--                 triggers that keep the audit trail append-only.
--   portal        the application's own account (PORTAL_DB_USER / PORTAL_DB_PASSWORD): data only, no DDL,
--                 so it can neither drop the audit triggers nor change the schema. On audit_record the
--                 triggers refuse UPDATE and DELETE to every account: the application can only add to it.
CREATE DATABASE IF NOT EXISTS portal CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE USER IF NOT EXISTS 'portal_owner'@'%' IDENTIFIED BY 'change-me-owner';
GRANT ALL PRIVILEGES ON portal.* TO 'portal_owner'@'%';

CREATE USER IF NOT EXISTS 'portal'@'%' IDENTIFIED BY 'change-me';
GRANT SELECT, INSERT, UPDATE, DELETE ON portal.* TO 'portal'@'%';

-- With binary logging on, the owner needs this (or SUPER) to create the audit triggers:
-- SET GLOBAL log_bin_trust_function_creators = 1;
FLUSH PRIVILEGES;
