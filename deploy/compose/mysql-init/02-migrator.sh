#!/bin/bash
# The user Flyway runs the migrations as (DB_MIGRATION_USER): owner of the three databases' schemas.
set -euo pipefail
mysql -uroot -p"${MYSQL_ROOT_PASSWORD}" <<SQL
CREATE USER IF NOT EXISTS 'callreview_migrator'@'%' IDENTIFIED BY '${DB_MIGRATION_PASSWORD}';
GRANT ALL PRIVILEGES ON scorecard.* TO 'callreview_migrator'@'%';
GRANT ALL PRIVILEGES ON coaching.* TO 'callreview_migrator'@'%';
GRANT ALL PRIVILEGES ON notification.* TO 'callreview_migrator'@'%';
SQL
