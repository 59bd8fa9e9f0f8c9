package io.callreview.loadtest.suite;

import io.callreview.launcher.LocalDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Read-only looks into the services' databases over JDBC, for what an API does not show: outbox rows still to
 * relay, calls still to grade, nudges still to dispatch, how many events a consumer has processed, and row counts per table.
 */
public final class Sql {

    public static final List<String> DATABASES = List.of("scorecard", "coaching", "notification");

    private final LocalDatabase database;

    public Sql(LocalDatabase database) {
        this.database = database;
    }

    public Connection connect(String databaseName) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(databaseName) + "?connectTimeout=5000&socketTimeout=30000", "root", "");
    }

    /** For seeding: batched statements sent as multi-row inserts, and no read timeout for large commits. */
    public Connection connectForBulk(String databaseName) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(databaseName) + "?connectTimeout=5000&rewriteBatchedStatements=true", "root", "");
    }

    public Connection connectServer() throws SQLException {
        return DriverManager.getConnection(database.serverUrl() + "?connectTimeout=5000&socketTimeout=60000", "root", "");
    }

    public String serverUrl() {
        return database.serverUrl();
    }

    /** The first column of the first row of {@code query}, as a number. */
    public long count(String databaseName, String query) throws SQLException {
        try (Connection connection = connect(databaseName)) {
            return count(connection, query);
        }
    }

    private static long count(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    public List<List<String>> rows(String databaseName, String query) throws SQLException {
        try (Connection connection = connect(databaseName);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            int columns = rows.getMetaData().getColumnCount();
            List<List<String>> result = new ArrayList<>();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rows.getString(i));
                }
                result.add(row);
            }
            return result;
        }
    }

    /** Rows per table of every service database, as {@code database.table}; exact counts, not estimates. */
    public Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String db : DATABASES) {
            List<List<String>> tables = rows(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + db + "' AND table_type = 'BASE TABLE' ORDER BY table_name");
            try (Connection connection = connect(db); Statement statement = connection.createStatement()) {
                for (List<String> table : tables) {
                    try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM `" + table.get(0) + "`")) {
                        rows.next();
                        counts.put(db + "." + table.get(0), rows.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    /** Events recorded as processed by the consumers of {@code databaseName} (one row per event, written with its effect). */
    public long processedEvents(String databaseName) throws SQLException {
        return count(databaseName, "SELECT COUNT(*) FROM processed_event");
    }

    /**
     * {@link #processedEvents} for a poll: one connection kept open across reads (and opened again after a failure),
     * so that sampling every 250 ms does not cost the server a login and a session each time while it is measured.
     */
    public CountProbe processedEventsProbe(String databaseName) {
        return new CountProbe(databaseName, "SELECT COUNT(*) FROM processed_event");
    }

    /** A count read again and again over one connection; {@link #call} returns the first column of the first row. */
    public final class CountProbe implements Callable<Long>, AutoCloseable {

        private final String databaseName;
        private final String query;
        private Connection connection;

        private CountProbe(String databaseName, String query) {
            this.databaseName = databaseName;
            this.query = query;
        }

        @Override
        public synchronized Long call() throws SQLException {
            if (connection == null) {
                connection = connect(databaseName);
            }
            try {
                return count(connection, query);
            } catch (SQLException e) {
                close();
                throw e;
            }
        }

        @Override
        public synchronized void close() {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // a broken connection: nothing to keep
                }
                connection = null;
            }
        }
    }

    public long unsentOutbox(String databaseName) throws SQLException {
        return count(databaseName, "SELECT COUNT(*) FROM outbox_event WHERE sent_at IS NULL");
    }

    /** Calls scorecard-service accepted (202) and has not graded yet: its consumer group grades them from CallReceived. */
    public long callsGrading() throws SQLException {
        return count("scorecard", "SELECT COUNT(*) FROM sales_call WHERE status = 'GRADING'");
    }

    /** Post-call nudges that coaching-service has planned but not yet handed to notification-service. */
    public long pendingPostCallNudges() throws SQLException {
        return count("coaching", "SELECT COUNT(*) FROM scheduled_nudge WHERE status = 'PENDING' AND kind = 'POST_CALL_FEEDBACK'");
    }

    /** Global status counters of the server, read at once, by name (e.g. {@code Com_commit}, {@code Questions}). */
    public Map<String, Long> serverStatus(List<String> names) throws SQLException {
        Map<String, Long> values = new LinkedHashMap<>();
        try (Connection connection = connectServer();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('" + String.join("', '", names) + "')")) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getLong(2));
            }
        }
        return values;
    }
}
