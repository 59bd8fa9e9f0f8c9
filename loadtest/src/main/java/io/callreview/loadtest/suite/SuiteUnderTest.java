package io.callreview.loadtest.suite;

import io.callreview.devtools.TokenMinter;
import io.callreview.launcher.ApiClient;
import io.callreview.launcher.LocalSuite;
import io.callreview.launcher.ServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fresh suite for one measurement or one fault scenario: MariaDB, a Kafka broker and the three services as
 * processes from their packaged jars, on free ports, with data in a new temporary folder that is deleted on
 * close (kept when asked, or when something failed, so the logs can be read).
 */
public final class SuiteUnderTest implements AutoCloseable {

    public static final Duration READY = Duration.ofMinutes(4);

    private final LocalSuite suite;
    private final Path home;
    private final TokenMinter minter;
    private final Sql sql;
    private final String admin;
    private final String integration;
    private boolean keepHome;

    private SuiteUnderTest(LocalSuite suite, Path home) throws IOException {
        this.suite = suite;
        this.home = home;
        this.minter = suite.tokenMinter();
        this.sql = new Sql(suite.database());
        this.admin = minter.mint("admin-bench", "admin", List.of(), Duration.ofHours(12));
        this.integration = minter.mint("crm-bench", "integration", List.of(), Duration.ofHours(12));
    }

    /** Starts a suite in a new folder under {@code parent}; {@code extraEnvironment} is per service name. */
    public static SuiteUnderTest start(Path repository, Path parent, String label,
                                       Map<String, Map<String, String>> extraEnvironment) throws Exception {
        Files.createDirectories(parent);
        Path home = Files.createTempDirectory(parent, label + "-");
        LocalSuite suite = LocalSuite.start(LocalSuite.Options.freePorts(repository, home, extraEnvironment).withoutWeb());
        return new SuiteUnderTest(suite, home);
    }

    public LocalSuite suite() {
        return suite;
    }

    public Path home() {
        return home;
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Sql sql() {
        return sql;
    }

    /**
     * Calls without a post-call nudge on purpose, with the reason: coaching-service withdrew it (CANCELLED: its focus
     * behaviour was mastered before it went out, which calls of one rep seconds apart make possible), or planned none
     * because the call left nothing to feed back (no focus to name and no strength to reflect on). The second is read
     * from a scored call without any post-call nudge: coaching stores the call and plans its feedback in one
     * transaction. Not those SKIPPED by a daily cap or expiry, which the workloads are sized to avoid.
     */
    public Map<String, String> withdrawnPostCallNudges() throws SQLException {
        Map<String, String> withdrawn = new LinkedHashMap<>();
        for (List<String> row : sql.rows("coaching", "SELECT call_id, status_reason FROM scheduled_nudge"
                + " WHERE kind = 'POST_CALL_FEEDBACK' AND status = 'CANCELLED'")) {
            withdrawn.put(row.get(0), row.get(1));
        }
        for (List<String> row : sql.rows("coaching", "SELECT c.call_id FROM scored_call c WHERE NOT EXISTS"
                + " (SELECT 1 FROM scheduled_nudge n WHERE n.kind = 'POST_CALL_FEEDBACK' AND n.call_id = c.call_id)")) {
            withdrawn.putIfAbsent(row.get(0), "nothing to feed back: no focus to name and no strength to reflect on");
        }
        return withdrawn;
    }

    public ServiceProcess service(String name) {
        return suite.service(name);
    }

    public ApiClient scorecard() {
        return api(LocalSuite.SCORECARD, Duration.ofSeconds(60));
    }

    public ApiClient coaching() {
        return api(LocalSuite.COACHING, Duration.ofSeconds(60));
    }

    public ApiClient notification() {
        return api(LocalSuite.NOTIFICATION, Duration.ofSeconds(60));
    }

    public ApiClient api(String service, Duration timeout) {
        return new ApiClient(suite.service(service).baseUrl(), timeout);
    }

    public String adminToken() {
        return admin;
    }

    public String integrationToken() {
        return integration;
    }

    public String repToken(String repId, String teamId) {
        return minter.mint(repId, "rep", List.of(teamId), Duration.ofHours(12));
    }

    public String coachToken(String coachId, List<String> teams) {
        return minter.mint(coachId, "coach", teams, Duration.ofHours(12));
    }

    public String bootstrapServers() {
        return suite.kafka().bootstrapServers();
    }

    public String secret(String name) {
        return suite.secrets().get(name);
    }

    /** Keep the data folder (logs, database, broker) after closing. */
    public void keepHome() {
        keepHome = true;
    }

    @Override
    public void close() {
        suite.close();
        if (keepHome) {
            System.out.println("  suite data and logs kept in " + home);
            return;
        }
        try {
            LocalSuite.wipe(home);
        } catch (IOException e) {
            System.err.println("could not delete " + home + ": " + e);
        }
    }
}
