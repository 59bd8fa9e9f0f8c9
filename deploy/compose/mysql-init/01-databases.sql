-- One database per service: no service reads another's tables.
CREATE DATABASE IF NOT EXISTS scorecard CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS coaching CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS notification CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON scorecard.* TO 'callreview'@'%';
GRANT ALL PRIVILEGES ON coaching.* TO 'callreview'@'%';
GRANT ALL PRIVILEGES ON notification.* TO 'callreview'@'%';
