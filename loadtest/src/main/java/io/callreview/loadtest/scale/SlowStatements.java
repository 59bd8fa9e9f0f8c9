package io.callreview.loadtest.scale;

import io.callreview.loadtest.suite.Sql;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What MariaDB itself logs as slow while the reads are timed: its slow-query log as a table, the statements grouped
 * by shape (literals blanked), slowest first, each with the EXPLAIN of its slowest instance, so a slow read can be
 * traced to the query and the plan behind it. With a row limit, a statement is logged when it examines at least that
 * many rows however fast it ran: the plans whose cost grows with the table show up at 100,000 calls already. Sessions
 * take {@code long_query_time} and {@code min_examined_row_limit} when they connect, so the service must (re)connect
 * after {@link #enable}.
 */
final class SlowStatements {

    private static final int SHOWN = 10;

    private final Sql sql;
    /** 0: statements over 100 ms; else statements that examine at least this many rows. */
    private final long rowLimit;

    SlowStatements(Sql sql, long rowLimit) {
        this.sql = sql;
        this.rowLimit = rowLimit;
    }

    void enable() throws SQLException {
        try (Connection server = sql.connectServer(); Statement statement = server.createStatement()) {
            statement.execute(rowLimit == 0
                    ? "SET GLOBAL log_output = 'TABLE', slow_query_log = ON, long_query_time = 0.1"
                    : "SET GLOBAL log_output = 'TABLE', slow_query_log = ON, long_query_time = 0, min_examined_row_limit = " + rowLimit);
        }
    }

    void start() throws SQLException {
        try (Connection server = sql.connectServer(); Statement statement = server.createStatement()) {
            statement.execute("TRUNCATE TABLE mysql.slow_log");
        }
    }

    /** Appends the slow statements since {@link #start} under {@code heading} to {@code file}. */
    void report(Path file, String heading) throws SQLException, IOException {
        record Shape(int count, double slowest, long rowsExamined, String example) {
        }
        Map<String, Shape> shapes = new LinkedHashMap<>();
        try (Connection server = sql.connectServer(); Statement statement = server.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT CONVERT(sql_text USING utf8mb4), TIME_TO_SEC(query_time), rows_examined FROM mysql.slow_log
                     WHERE db = 'scorecard' ORDER BY query_time DESC""")) {
            while (rows.next()) {
                String text = rows.getString(1);
                String shape = text.replaceAll("'[^']*'", "?").replaceAll("\\b\\d+(\\.\\d+)?\\b", "?").replaceAll("\\s+", " ");
                Shape seen = shapes.get(shape);
                shapes.put(shape, seen == null ? new Shape(1, rows.getDouble(2), rows.getLong(3), text)
                        : new Shape(seen.count() + 1, seen.slowest(), seen.rowsExamined(), seen.example()));
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("== " + heading + ": " + shapes.size() + " statement shapes over 100 ms");
        try (Connection scorecard = sql.connect("scorecard"); Statement statement = scorecard.createStatement()) {
            shapes.values().stream().limit(SHOWN).forEach(shape -> {
                lines.add(String.format("%n-- %d x, slowest %.3f s, %d rows examined%n%s", shape.count(), shape.slowest(),
                        shape.rowsExamined(), shape.example().strip()));
                lines.addAll(explain(statement, shape.example()));
            });
        }
        lines.add("");
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println("  slow statements and their plans: " + file);
    }

    private static List<String> explain(Statement statement, String query) {
        List<String> plan = new ArrayList<>();
        if (!query.strip().toLowerCase().startsWith("select")) {
            return plan;
        }
        try (ResultSet rows = statement.executeQuery("EXPLAIN " + query)) {
            plan.add("EXPLAIN: id | select_type | table | type | key | ref | rows | Extra");
            while (rows.next()) {
                plan.add(String.join(" | ", rows.getString("id"), rows.getString("select_type"), rows.getString("table"),
                        rows.getString("type"), String.valueOf(rows.getString("key")), String.valueOf(rows.getString("ref")),
                        rows.getString("rows"), String.valueOf(rows.getString("Extra"))));
            }
        } catch (SQLException e) {
            plan.add("EXPLAIN failed: " + e.getMessage());
        }
        return plan;
    }
}
