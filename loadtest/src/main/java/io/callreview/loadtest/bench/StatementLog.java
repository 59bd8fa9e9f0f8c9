package io.callreview.loadtest.bench;

import io.callreview.loadtest.suite.Sql;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the database work of a phase goes, statement by statement: MariaDB's general log (as a table) over the phase,
 * every statement reduced to its shape (literals and IN lists blanked), counted per service database and per call.
 * The counters of {@link DatabaseWork} say how many selects or commits a call costs; this says which ones. The log
 * costs the server CPU of its own, so a run with it measures the statements, not the time.
 */
public final class StatementLog {

    private static final int SHOWN = 25;
    /** Enough of a statement to tell it apart from others; a transcript's JSON in an insert can be megabytes. */
    private static final int KEPT = 2000;
    /** What is left of a shape: long enough to tell statements apart, short enough to read. */
    private static final int SHAPE = 240;
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+(?:\\.\\d+)?\\b");
    private static final Pattern LIST = Pattern.compile("\\(\\?(?:\\s*,\\s*\\?)*\\)");
    /** The rows of a multi-row insert, however many. */
    private static final Pattern ROWS = Pattern.compile("\\(\\.\\.\\.\\)(?:\\s*,\\s*\\(\\.\\.\\.\\))+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** A login's log entry, e.g. {@code root@127.0.0.1 on coaching using TCP/IP}. */
    private static final Pattern LOGIN = Pattern.compile(" on (\\w+)");

    private final Sql sql;
    /**
     * The database of each server connection: those open at the start (pooled connections logged in earlier), those
     * that log in while the log is on (their Connect entry), and, read again at the end, any that logged in between.
     */
    private final Map<Long, String> databases = new HashMap<>();

    private StatementLog(Sql sql) {
        this.sql = sql;
    }

    /** Empties the general log and turns it on for every connection. */
    public static StatementLog start(Sql sql) throws SQLException {
        StatementLog log = new StatementLog(sql);
        try (Connection server = sql.connectServer(); Statement statement = server.createStatement()) {
            statement.execute("SET GLOBAL general_log = OFF");
            statement.execute("SET GLOBAL log_output = 'TABLE'");
            statement.execute("TRUNCATE TABLE mysql.general_log");
            log.rememberConnections(statement);
            statement.execute("SET GLOBAL general_log = ON");
        }
        return log;
    }

    /** Turns the log off and writes the statement shapes per call, most frequent first, per database. */
    public Path stop(Path directory, String name, int calls) throws SQLException, IOException {
        Map<String, Map<String, Integer>> shapes = new TreeMap<>();
        try (Connection server = sql.connectServer(); Statement statement = server.createStatement()) {
            statement.execute("SET GLOBAL general_log = OFF");
            rememberConnections(statement);
            try (ResultSet rows = statement.executeQuery("SELECT thread_id, command_type, LEFT(CONVERT(argument USING utf8mb4), "
                    + KEPT + ") FROM mysql.general_log ORDER BY event_time")) {
                while (rows.next()) {
                    String command = rows.getString(2);
                    Matcher login = LOGIN.matcher(command.equals("Connect") ? rows.getString(3) : "");
                    if (login.find()) {
                        databases.putIfAbsent(rows.getLong(1), login.group(1));
                    }
                    String database = databases.getOrDefault(rows.getLong(1), "(other connections)");
                    String shape = command.equals("Query") || command.equals("Execute") ? shape(rows.getString(3)) : "-- " + command;
                    shapes.computeIfAbsent(database, d -> new HashMap<>()).merge(shape, 1, Integer::sum);
                }
            }
            statement.execute("TRUNCATE TABLE mysql.general_log");
        }
        List<String> lines = new ArrayList<>();
        lines.add("Statements per call over " + calls + " calls, by the service database whose connection ran them "
                + "(background work of the phase included; '-- Connect' and '-- Quit' are logins and logouts)");
        shapes.forEach((database, counts) -> {
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            lines.add("");
            lines.add(String.format("== %s: %.1f per call, %d shapes", database, (double) total / calls, counts.size()));
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                    .limit(SHOWN)
                    .forEach(e -> lines.add(String.format("%7.2f  %s", (double) e.getValue() / calls, e.getKey())));
        });
        Files.createDirectories(directory);
        return Files.write(directory.resolve(name), lines);
    }

    /** A statement with its literals, numbers and lists of placeholders blanked, so that its executions group. */
    static String shape(String statement) {
        String shape = NUMBER.matcher(blankQuoted(statement)).replaceAll("?");
        shape = LIST.matcher(shape).replaceAll("(...)");
        shape = ROWS.matcher(shape).replaceAll("(...), ...");
        shape = SPACE.matcher(shape).replaceAll(" ").strip();
        return shape.length() > SHAPE ? shape.substring(0, SHAPE) + " ..." : shape;
    }

    /**
     * Every quoted literal as {@code ?}, backslash escapes and doubled quotes inside it included. A literal cut off
     * at the end (the log entry is read up to {@link #KEPT} characters) is blanked to the end.
     */
    private static String blankQuoted(String statement) {
        StringBuilder shape = new StringBuilder(statement.length());
        int i = 0;
        while (i < statement.length()) {
            char c = statement.charAt(i++);
            if (c != '\'') {
                shape.append(c);
                continue;
            }
            while (i < statement.length()) {
                char inside = statement.charAt(i++);
                if (inside == '\\') {
                    i++;
                } else if (inside == '\'') {
                    if (i < statement.length() && statement.charAt(i) == '\'') {
                        i++;
                    } else {
                        break;
                    }
                }
            }
            shape.append('?');
        }
        return shape.toString();
    }

    private void rememberConnections(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT id, db FROM information_schema.processlist WHERE db IS NOT NULL")) {
            while (rows.next()) {
                databases.putIfAbsent(rows.getLong(1), rows.getString(2));
            }
        }
    }
}
