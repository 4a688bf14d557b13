-- One-time set-up of an external MariaDB (10.6 or newer) for the portal; run as an administrator.
-- The portal's Flyway migrations create and upgrade the tables at start-up.
CREATE DATABASE IF NOT EXISTS portal CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'portal'@'%' IDENTIFIED BY 'change-me';
GRANT ALL PRIVILEGES ON portal.* TO 'portal'@'%';
FLUSH PRIVILEGES;
