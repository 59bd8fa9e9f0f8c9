-- One database per service: no service reads another's tables.
CREATE DATABASE IF NOT EXISTS scorecard CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS coaching CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS notification CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
-- The services (callreview) read and write rows only: no DDL, no TRIGGER, so they cannot lift the append-only
-- triggers of the audit log. 02-migrator.sh creates the user that runs the migrations.
GRANT SELECT, INSERT, UPDATE, DELETE ON scorecard.* TO 'callreview'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON coaching.* TO 'callreview'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE ON notification.* TO 'callreview'@'%';
