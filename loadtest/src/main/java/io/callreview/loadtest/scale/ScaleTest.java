package io.callreview.loadtest.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.launcher.LocalSuite;
import io.callreview.launcher.TranscriptGenerator.Skill;
import io.callreview.loadtest.bench.BenchReport;
import io.callreview.loadtest.bench.Machine;
import io.callreview.loadtest.bench.ProcessMemory;
import io.callreview.loadtest.scale.ScaleRoster.SeedRep;
import io.callreview.loadtest.suite.Args;
import io.callreview.loadtest.suite.CallFactory;
import io.callreview.loadtest.suite.CallStream;
import io.callreview.loadtest.suite.Rep;
import io.callreview.loadtest.suite.Roster;
import io.callreview.loadtest.suite.SuiteUnderTest;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * A year of data ({@code bench/scale.sh}): starts a fresh suite, sets up call types and the roster through the APIs,
 * then in stages seeds scored history straight into scorecard-service's database (see {@link HistorySeeder}) and at
 * each stage times every read a coach (team scope) and an admin (company scope) make on it: the analytics, the review
 * queue, the call list (first and a deep page) and the CSV export, with scorecard-service's memory during the export,
 * plus the ingestion rate of a burst of real calls. Prints the p95 of each read per stage and writes JSON to
 * {@code bench/results/scale-*.json}; the statements MariaDB logged as slow, with their EXPLAIN, go beside it.
 */
public final class ScaleTest {

    private static final PrintStream OUT = System.out;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One read as a path under scorecard-service; {@code teamPath} is the coach's variant when it differs. */
    private record Read(String name, String companyPath, String teamPath) {
        Read(String name, String path) {
            this(name, path, path);
        }
    }

    private static final List<Read> READS = List.of(
            new Read("adherence by rep", "/api/analytics/adherence"),
            new Read("adherence by team", "/api/analytics/adherence?groupBy=team"),
            new Read("consistency", "/api/analytics/consistency"),
            new Read("gaps", "/api/analytics/gaps", "/api/analytics/gaps?teamId=" + "team-s-01"),
            new Read("grader accuracy", "/api/analytics/grader-accuracy"),
            new Read("disputes", "/api/analytics/disputes"),
            new Read("review queue", "/api/review-queue"),
            new Read("calls, first page", "/api/calls?size=20"));

    private final BenchReport report = new BenchReport();
    /** read (scope) -> stage -> its p95 (or the ingestion rate), as a cell of the growth table. */
    private final Map<String, Map<Integer, String>> growth = new LinkedHashMap<>();
    private final List<Integer> stageSizes = new ArrayList<>();

    private List<Integer> stages;
    private int repCount;
    private int teamCount;
    private int warmups;
    private int timed;
    private int burst;
    private long seed;
    private int deepOffset;
    private Path results;
    private Path work;
    private boolean keep;
    private long slowRows;
    private int exportRequests;
    private int bufferPoolMiB;

    public static void main(String[] raw) throws Exception {
        ScaleTest test = new ScaleTest();
        test.configure(new Args(raw));
        test.run();
    }

    private void configure(Args args) {
        Path repository = Args.repository();
        stages = Arrays.stream(args.text("calls", "10000,100000,1000000").split(",")).map(String::strip).map(Integer::parseInt).toList();
        repCount = args.integer("reps", 200);
        teamCount = args.integer("teams", 20);
        warmups = args.integer("warmup", 3);
        timed = args.integer("requests", 20);
        burst = args.integer("burst", 100);
        seed = args.number("seed", 42);
        deepOffset = args.integer("deep-offset", 10_000);
        results = args.path("out", repository.resolve("bench/results"));
        work = args.path("work", repository.resolve("loadtest/target/runs"));
        keep = args.flag("keep");
        slowRows = args.number("slow-rows", 0);
        exportRequests = args.integer("export-requests", 5);
        bufferPoolMiB = args.integer("buffer-pool-mib", 0);
        args.requireAllKnown();
    }

    private void run() throws Exception {
        Map<String, Object> machine = Machine.describe();
        OUT.println("A year of data: " + repCount + " reps in " + teamCount + " teams, stages " + stages + " calls");
        OUT.println("  machine: " + machine);
        report.context("machine", machine).context("started", LocalDateTime.now().toString())
                .context("settings", Map.ofEntries(Map.entry("stages", stages), Map.entry("reps", repCount),
                        Map.entry("teams", teamCount), Map.entry("warmups", warmups), Map.entry("requests", timed),
                        Map.entry("burst", burst), Map.entry("seed", seed), Map.entry("deepOffset", deepOffset),
                        Map.entry("exportRequests", exportRequests), Map.entry("bufferPoolMiB", bufferPoolMiB)));
        SuiteUnderTest suite = SuiteUnderTest.start(Args.repository(), work, "scale", Map.of());
        boolean ok = false;
        try {
            measure(suite);
            ok = true;
        } finally {
            if (keep || !ok) {
                suite.keepHome();
            }
            suite.close();
        }
    }

    private void measure(SuiteUnderTest suite) throws Exception {
        new Roster(suite).publishStarterScorecards(Roster.CALL_TYPES);
        ScaleRoster roster = new ScaleRoster(repCount, teamCount, seed);
        roster.enrol(suite);
        String team = roster.teams().get(0);
        String coach = suite.coachToken(ScaleRoster.coachOf(team), List.of(team));
        ReadTimer reads = new ReadTimer(suite.service(LocalSuite.SCORECARD).baseUrl(), warmups, timed);
        ReadTimer exports = new ReadTimer(suite.service(LocalSuite.SCORECARD).baseUrl(), 1, exportRequests);
        if (bufferPoolMiB > 0) {
            try (Connection server = suite.sql().connectServer(); Statement statement = server.createStatement()) {
                statement.execute("SET GLOBAL innodb_buffer_pool_size = " + (long) bufferPoolMiB * 1024 * 1024);
            }
        }
        SlowStatements slow = new SlowStatements(suite.sql(), slowRows);
        slow.enable();
        suite.service(LocalSuite.SCORECARD).restartAndAwait(SuiteUnderTest.READY);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));

        try (Connection database = suite.sql().connectForBulk("scorecard")) {
            HistorySeeder seeder = new HistorySeeder(database, roster.reps(), seed, Instant.now());
            AnalyticsBackfill backfill = AnalyticsBackfill.of(Args.repository());
            for (int target : stages) {
                long start = System.nanoTime();
                seeder.seedUpTo(target);
                double seconds = (System.nanoTime() - start) / 1e9;
                long backfillStart = System.nanoTime();
                backfill.rebuild(database);
                double backfillSeconds = (System.nanoTime() - backfillStart) / 1e9;
                analyze(database);
                double catchUpSeconds = awaitConsistencySummaries(suite);
                long calls = suite.sql().count("scorecard", "SELECT COUNT(*) FROM sales_call");
                String section = String.format(Locale.ROOT, "At %,d calls", target);
                OUT.printf("%s: seeded in %.0f s, analytics tallies rebuilt in %.0f s; %s%n", section, seconds, backfillSeconds,
                        tableSizes(suite));
                report.row(section, "seeding", seconds, "s", "up to " + calls + " calls in the database");
                report.row(section, "tally backfill", backfillSeconds, "s", "the backfills of V12 to V14 over every call");
                report.row(section, "consistency summaries caught up", catchUpSeconds, "s",
                        "scorecard-service's background refresh, after the backfill left every rep day and week unsummarised");
                OUT.printf(Locale.ROOT, "  consistency summaries of every rep day and week computed in the background in %.0f s%n", catchUpSeconds);
                stageSizes.add(target);
                ingestion(suite, section, roster.reps());
                slow.start();
                for (Read read : READS) {
                    timeRead(reads, section, target, read.name() + " (team)", read.teamPath(), coach);
                    timeRead(reads, section, target, read.name() + " (company)", read.companyPath(), suite.adminToken());
                }
                deepPages(reads, section, target, "(team)", coach);
                deepPages(reads, section, target, "(company)", suite.adminToken());
                export(suite, exports, section, target, "(team)", coach);
                export(suite, exports, section, target, "(company)", suite.adminToken());
                slow.report(results.resolve("scale-" + stamp + "-slow.txt"), section);
                printGrowth();
            }
        }
        OUT.println();
        report.print(OUT);
        Path file = report.write(results, "scale-" + stamp + ".json");
        OUT.println("JSON: " + file);
        printGrowth();
    }

    private void timeRead(ReadTimer reads, String section, int stage, String name, String path, String token) throws Exception {
        ReadTimer.Timing timing = reads.time(path, token);
        record(section, stage, name, timing, path);
    }

    private void record(String section, int stage, String name, ReadTimer.Timing timing, String path) {
        boolean ok = timing.status() == 200;
        report.row(section, name + " p50", timing.latency().p50Ms(), "ms", ok ? "" : "HTTP " + timing.status());
        report.row(section, name + " p95", timing.latency().p95Ms(), "ms",
                ok ? timing.latency().count() + " requests, " + timing.bytes() / 1024 + " KiB: GET " + path : "HTTP " + timing.status());
        report.row(section, name + " first", timing.firstMs(), "ms", "the first warm-up");
        double ms = timing.latency().p95Ms();
        cell(name + " p95", stage, !ok ? "HTTP " + timing.status() : String.format(Locale.ROOT, "%.0f ms%s", ms, ms >= 300 ? " ✗" : ""));
        OUT.printf(Locale.ROOT, "  %-40s p50 %8.1f ms  p95 %8.1f ms  (%d x, HTTP %d, %d KiB, first %.0f ms)%n", name,
                timing.latency().p50Ms(), timing.latency().p95Ms(), timing.latency().count(), timing.status(), timing.bytes() / 1024,
                timing.firstMs());
    }

    /**
     * A page {@code deepOffset} calls down the list: by page number (an offset), and when the list offers a {@code next}
     * link, by following it there once and timing the page it leads to.
     */
    private void deepPages(ReadTimer reads, String section, int stage, String scope, String token) throws Exception {
        JsonNode first = JSON.readTree(reads.text("/api/calls?size=100", token));
        long total = first.path("totalExact").asBoolean(true) ? first.path("total").asLong() : Long.MAX_VALUE;
        int offset = (int) Math.min(deepOffset, Math.max(0, total / 2));
        String byPage = "/api/calls?size=20&page=" + offset / 20;
        record(section, stage, "calls, page at offset " + deepOffset + " " + scope, reads.time(byPage, token), byPage);
        if (!first.hasNonNull("next")) {
            return;
        }
        JsonNode page = first;
        for (int seen = 100; seen < offset && page.hasNonNull("next"); seen += 100) {
            page = JSON.readTree(reads.text(page.get("next").asText(), token));
        }
        String next = page.path("next").asText().replace("size=100", "size=20");
        record(section, stage, "calls, cursor at offset " + deepOffset + " " + scope, reads.time(next, token), next);
    }

    /** The default period's CSV, with scorecard-service's resident memory sampled while it is written. */
    private void export(SuiteUnderTest suite, ReadTimer reads, String section, int stage, String scope, String token) throws Exception {
        long pid = suite.service(LocalSuite.SCORECARD).pid();
        double before = ProcessMemory.rssMiB(pid);
        try (RssSampler sampler = new RssSampler(pid, Duration.ofMillis(50))) {
            ReadTimer.Timing timing = reads.time("/api/exports/scores.csv", token);
            record(section, stage, "CSV export " + scope, timing, "/api/exports/scores.csv");
            double firstByte = timing.firstByte().p95Ms();
            report.row(section, "CSV export " + scope + " first byte p95", firstByte, "ms", "the download starting");
            cell("CSV export " + scope + ", first byte p95", stage, String.format(Locale.ROOT, "%.0f ms%s", firstByte,
                    firstByte >= 300 ? " ✗" : ""));
            OUT.printf(Locale.ROOT, "  %-40s p95 %8.1f ms%n", "CSV export " + scope + ", first byte", firstByte);
            report.row(section, "scorecard-service RSS during export " + scope, sampler.peakMiB(), "MiB",
                    String.format(Locale.ROOT, "%.0f MiB before", before));
            OUT.printf(Locale.ROOT, "  scorecard-service RSS during the export %s: %.0f MiB before, peak %.0f MiB%n", scope, before,
                    sampler.peakMiB());
        }
    }

    /** A burst of real calls through POST /api/calls: how fast they are accepted, and graded, with this much history. */
    private void ingestion(SuiteUnderTest suite, String section, List<SeedRep> seedReps) throws Exception {
        if (burst <= 0) {
            return;
        }
        List<Rep> reps = seedReps.stream().limit(40)
                .map(r -> new Rep(r.id(), r.id(), r.teamId(), Skill.uneven(), suite.repToken(r.id(), r.teamId()))).toList();
        CallFactory factory = new CallFactory(seed + stageSizes.size(), Long.toString(System.currentTimeMillis(), 36),
                Roster.CALL_TYPES, 20, 60);
        var planned = factory.plan(reps, burst);
        long start = System.nanoTime();
        CallStream stream = new CallStream(suite.service(LocalSuite.SCORECARD).baseUrl(), suite.integrationToken(), 4, 0, false,
                Duration.ofMinutes(2)).submit(planned).start();
        if (!stream.finish(Duration.ofMinutes(10))) {
            throw new IllegalStateException("the burst of " + burst + " calls was not posted within 10 minutes");
        }
        double posted = (System.nanoTime() - start) / 1e9;
        int accepted = stream.acceptedOutcomes().size();
        Awaitility.await("the burst to be graded").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> suite.sql().callsGrading() == 0);
        double graded = (System.nanoTime() - start) / 1e9;
        report.row(section, "ingestion: accepted", accepted / posted, "calls/s", accepted + " of " + burst + " calls accepted (202), 4 clients");
        report.row(section, "ingestion: graded", accepted / graded, "calls/s", "posted to all graded");
        cell("ingestion: accepted", stageSizes.get(stageSizes.size() - 1), String.format(Locale.ROOT, "%.1f calls/s", accepted / posted));
        cell("ingestion: graded", stageSizes.get(stageSizes.size() - 1), String.format(Locale.ROOT, "%.1f calls/s", accepted / graded));
        OUT.printf(Locale.ROOT, "  ingestion: %d calls accepted at %.1f calls/s, all graded at %.1f calls/s%n", accepted,
                accepted / posted, accepted / graded);
    }

    /**
     * Waits until scorecard-service's background refresh has summarised every rep day and week the backfill left
     * unsummarised (V14), as it would after an upgrade: the reads are then timed in the steady state, where only the
     * newest calls' days and weeks wait for the next refresh. Returns how long it took.
     */
    private static double awaitConsistencySummaries(SuiteUnderTest suite) throws Exception {
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(45).toNanos();
        while (true) {
            long outdated = suite.sql().count("scorecard", "SELECT COUNT(*) FROM consistency_bucket WHERE summarised IS NULL OR summarised <> changes");
            if (outdated == 0) {
                return (System.nanoTime() - start) / 1e9;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(outdated + " rep days or weeks still unsummarised after 45 minutes");
            }
            Thread.sleep(5_000);
        }
    }

    private static void analyze(Connection database) throws Exception {
        try (Statement statement = database.createStatement()) {
            statement.execute("ANALYZE TABLE sales_call, score_revision, behaviour_verdict, call_review, score_dispute, verdict_tally, score_tally, grader_tally, verdict_team_tally, score_team_tally, grader_company_tally");
        }
    }

    private static String tableSizes(SuiteUnderTest suite) throws Exception {
        return suite.sql().rows("scorecard", """
                SELECT table_name, table_rows, ROUND((data_length + index_length) / 1048576) FROM information_schema.tables
                WHERE table_schema = 'scorecard' AND table_name IN ('sales_call', 'score_revision', 'behaviour_verdict', 'verdict_tally')""")
                .stream().map(r -> r.get(0) + " ~" + r.get(1) + " rows " + r.get(2) + " MiB").toList().toString();
    }

    private void cell(String row, int stage, String value) {
        growth.computeIfAbsent(row, k -> new LinkedHashMap<>()).put(stage, value);
    }

    /** Reads down, stages across: the p95 of each read as the database grows (also as Markdown for the README). */
    private void printGrowth() {
        StringBuilder header = new StringBuilder("| read (scope) or rate |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int stage : stageSizes) {
            header.append(String.format(Locale.ROOT, " %,d calls |", stage));
            rule.append("---:|");
        }
        OUT.println();
        OUT.println(header);
        OUT.println(rule);
        growth.forEach((read, byStage) -> {
            StringBuilder line = new StringBuilder("| " + read + " |");
            for (int stage : stageSizes) {
                line.append(' ').append(byStage.getOrDefault(stage, "n/a")).append(" |");
            }
            OUT.println(line);
        });
        OUT.println();
    }
}
