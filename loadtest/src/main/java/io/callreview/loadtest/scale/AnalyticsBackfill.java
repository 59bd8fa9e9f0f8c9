package io.callreview.loadtest.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rebuilds scorecard-service's analytics tallies after history was written straight into its tables, with the backfill
 * statements of its own migrations (V12 per rep, then V13 per team from them, and V14's consistency buckets, whose
 * summaries the first reads compute), so the reads are measured on what the
 * service would hold.
 */
final class AnalyticsBackfill {

    static final List<String> MIGRATIONS = List.of("scorecard-service/src/main/resources/db/migration/V12__analytics_tallies.sql",
            "scorecard-service/src/main/resources/db/migration/V13__team_tallies.sql",
            "scorecard-service/src/main/resources/db/migration/V14__consistency_summaries.sql");
    private static final String MARKER = "-- Backfill";
    private static final List<String> TALLIES = List.of("verdict_tally", "score_tally", "grader_tally", "verdict_team_tally",
            "score_team_tally", "grader_company_tally", "consistency_bucket", "consistency_summary");

    private final List<String> statements;

    private AnalyticsBackfill(List<String> statements) {
        this.statements = statements;
    }

    /** The statements after each migration's "-- Backfill" comment, in migration order, comment lines left out. */
    static AnalyticsBackfill of(Path repository) throws IOException {
        List<String> statements = new ArrayList<>();
        for (String migration : MIGRATIONS) {
            String sql = Files.readString(repository.resolve(migration));
            int start = sql.indexOf(MARKER);
            if (start < 0) {
                throw new IllegalStateException(migration + " has no '" + MARKER + "' section");
            }
            String body = sql.substring(start).lines().filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
            Arrays.stream(body.split(";\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).forEach(statements::add);
        }
        return new AnalyticsBackfill(List.copyOf(statements));
    }

    /** Empties the tallies and counts every call again; commits. */
    void rebuild(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : TALLIES) {
                statement.execute("TRUNCATE TABLE " + table);
            }
            for (String sql : statements) {
                statement.execute(sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql);
            }
        }
        connection.commit();
    }
}
