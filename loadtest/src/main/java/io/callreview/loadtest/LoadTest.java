package io.callreview.loadtest;

import io.callreview.launcher.LocalKafka;
import io.callreview.launcher.LocalSuite;
import io.callreview.launcher.ServiceProcess;
import io.callreview.loadtest.bench.BenchReport;
import io.callreview.loadtest.bench.DatabaseLimit;
import io.callreview.loadtest.bench.DatabaseWork;
import io.callreview.loadtest.bench.FlightRecordings;
import io.callreview.loadtest.bench.KafkaLimit;
import io.callreview.loadtest.bench.Machine;
import io.callreview.loadtest.bench.Percentiles;
import io.callreview.loadtest.bench.PipelineStages;
import io.callreview.loadtest.bench.ProcessCpu;
import io.callreview.loadtest.bench.ProcessMemory;
import io.callreview.loadtest.bench.ProgressSampler;
import io.callreview.loadtest.bench.StatementLog;
import io.callreview.loadtest.suite.Args;
import io.callreview.loadtest.suite.CallFactory;
import io.callreview.loadtest.suite.CallStream;
import io.callreview.loadtest.suite.InboxWatcher;
import io.callreview.loadtest.suite.NudgeAudit;
import io.callreview.loadtest.suite.PlannedCall;
import io.callreview.loadtest.suite.Quiescence;
import io.callreview.loadtest.suite.Rep;
import io.callreview.loadtest.suite.Roster;
import io.callreview.loadtest.suite.SuiteUnderTest;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;

/**
 * The suite's benchmark ({@code bench/run.sh}): starts a fresh suite as processes, sets up call types and many reps,
 * and drives a fixed, realistic workload of pre-generated 20 to 60 minute calls from a few concurrent CRM clients.
 * It measures ingestion throughput and the call-posting API's latency (a call is accepted with 202 and graded afterwards
 * in scorecard-service's consumer group), grading throughput, the end-to-end latency from a posted call to its
 * nudge in the rep's inbox (flat out, and again at a steady pace below capacity), the consumers' throughput (keeping up, then draining a backlog), peak memory, and in the
 * same run the raw insert rate of the same database and the raw produce and consume rates of the same broker, and
 * states the suite's figures as ratios to those limits. Options: see {@code bench/run.sh --help}.
 */
public final class LoadTest {

    private static final PrintStream OUT = System.out;
    private static final Duration PATIENCE = Duration.ofMinutes(10);
    /*
     * Latencies come from the inbox's receivedAt; the watcher only finds them. Flat out, polling every waiting rep's
     * inbox through the API had notification-service spend 40 % of its Java time answering the load driver (JFR, 2 s
     * between rounds), in the phase that measures the suite's CPU per call: there the nudges are read from
     * notification-service's database instead. At a steady 2 calls/s the rep's own view, the inbox API, is polled.
     */
    private static final Duration FLAT_OUT_POLL_PAUSE = Duration.ofMillis(500);
    private static final Duration PACED_POLL_PAUSE = Duration.ofMillis(250);

    private final BenchReport report = new BenchReport();
    private final Map<String, Double> peakRss = new LinkedHashMap<>();
    private final Set<String> acceptedCalls = new HashSet<>();

    private int calls;
    private int warmup;
    private int drain;
    private int pacedCalls;
    private double pacedRate;
    private int clients;
    private int repCount;
    private int teams;
    private int callTypeCount;
    private int minMinutes;
    private int maxMinutes;
    private Duration duration;
    private long seed;
    private int dbThreads;
    private int kafkaRecords;
    private Duration limitTime;
    private Path results;
    private Path work;
    private boolean keep;
    private boolean jfr;
    private boolean statements;
    private Roster.Grader grader;
    private boolean distinctSentences;
    private Path suiteBuild;
    private boolean scheduleThroughCoachingApi;

    public static void main(String[] raw) throws Exception {
        LoadTest test = new LoadTest();
        test.configure(new Args(raw));
        System.exit(test.run() ? 0 : 1);
    }

    private void configure(Args args) {
        Path repository = Args.repository();
        calls = args.integer("calls", 400);
        warmup = args.integer("warmup", 40);
        drain = args.integer("drain-calls", 200);
        pacedCalls = args.integer("paced-calls", 60);
        pacedRate = args.decimal("paced-rate", 2);
        clients = args.integer("clients", 4);
        repCount = args.integer("reps", 40);
        teams = args.integer("teams", 4);
        callTypeCount = Math.min(Roster.CALL_TYPES.size(), args.integer("call-types", 4));
        minMinutes = args.integer("min-minutes", 20);
        maxMinutes = args.integer("max-minutes", 60);
        duration = args.duration("duration", Duration.ZERO);
        seed = args.number("seed", 42);
        dbThreads = args.integer("db-threads", clients);
        kafkaRecords = args.integer("kafka-records", 20_000);
        limitTime = args.duration("limit-seconds", Duration.ofSeconds(10));
        results = args.path("out", repository.resolve("bench/results"));
        work = args.path("work", repository.resolve("loadtest/target/runs"));
        keep = args.flag("keep");
        jfr = args.flag("jfr");
        statements = args.flag("statements");
        distinctSentences = args.flag("distinct-sentences");
        grader = Roster.Grader.valueOf(args.text("grader", "meaning").toUpperCase(Locale.ROOT));
        suiteBuild = args.path("suite", repository);
        scheduleThroughCoachingApi = args.flag("schedule-through-coaching-api");
        args.requireAllKnown();
        int perRep = ceilDiv(warmup, repCount) + ceilDiv(calls, repCount) + ceilDiv(pacedCalls, repCount) + ceilDiv(drain, repCount);
        if (perRep > Roster.DAILY_CAP) {
            throw new IllegalArgumentException(perRep + " calls per rep would pass the reps' daily cap of "
                    + Roster.DAILY_CAP + " post-call nudges per rep: add reps (--reps) or post fewer calls");
        }
        if (minMinutes < 1 || maxMinutes < minMinutes) {
            throw new IllegalArgumentException("need 1 <= --min-minutes <= --max-minutes");
        }
    }

    private boolean run() throws Exception {
        Map<String, Object> machine = Machine.describe();
        OUT.println("Call-review suite benchmark");
        OUT.println("  machine: " + machine);
        OUT.println("  suite: the build in " + suiteBuild);
        OUT.printf("  workload: %d warm-up + %d measured + %d paced + %d backlog calls of %d-%d minutes, %d call types, %d reps in %d teams,"
                + " %d concurrent clients%n", warmup, calls, pacedCalls, drain, minMinutes, maxMinutes, callTypeCount, repCount, teams, clients);
        report.context("machine", machine).context("started", LocalDateTime.now().toString());
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("calls", calls);
        settings.put("warmup", warmup);
        settings.put("drainCalls", drain);
        settings.put("pacedCalls", pacedCalls);
        settings.put("pacedRate", pacedRate);
        settings.put("clients", clients);
        settings.put("reps", repCount);
        settings.put("teams", teams);
        settings.put("callTypes", callTypeCount);
        settings.put("minutes", minMinutes + "-" + maxMinutes);
        settings.put("duration", duration.isZero() ? "all calls" : duration.toString());
        settings.put("seed", seed);
        settings.put("grader", grader.name().toLowerCase(Locale.ROOT));
        settings.put("distinctSentences", distinctSentences);
        settings.put("suite", suiteBuild.toString());
        report.context("settings", settings);

        long startNanos = System.nanoTime();
        OUT.println("Starting MariaDB, Kafka and the three services ...");
        SuiteUnderTest suite = SuiteUnderTest.start(suiteBuild, work, "bench", Map.of());
        boolean ok = false;
        try {
            report.context("suiteStartSeconds", seconds(System.nanoTime() - startNanos));
            OUT.printf("  up in %.0f s (logs in %s)%n", seconds(System.nanoTime() - startNanos), suite.logs());
            ok = measure(suite);
        } catch (Exception | AssertionError e) {
            OUT.println("The benchmark failed: " + e);
            e.printStackTrace(OUT);
            suite.keepHome();
            throw e;
        } finally {
            if (keep || !ok) {
                suite.keepHome();
            }
            suite.close();
        }
        return ok;
    }

    private boolean measure(SuiteUnderTest suite) throws Exception {
        Roster roster = new Roster(suite);
        if (scheduleThroughCoachingApi) {
            roster.scheduleThroughCoachingApi();
        }
        List<String> callTypes = Roster.CALL_TYPES.subList(0, callTypeCount);
        roster.publishStarterScorecards(callTypes, grader);
        List<Rep> reps = roster.addReps("b", repCount, teams, Roster.Channels.inboxOnly());
        OUT.printf("  %d call types with published starter scorecards (graded by %s), %d reps set up%n", callTypes.size(),
                grader == Roster.Grader.PHRASES ? "phrases alone" : "meaning", reps.size());

        long generating = System.nanoTime();
        String runId = Long.toString(System.currentTimeMillis(), 36);
        CallFactory factory = new CallFactory(seed, runId, callTypes, minMinutes, maxMinutes, distinctSentences);
        List<PlannedCall> warm = factory.plan(reps, warmup);
        List<PlannedCall> steady = factory.plan(reps, calls);
        List<PlannedCall> paced = factory.plan(reps, pacedCalls);
        List<PlannedCall> backlog = factory.plan(reps, drain);
        OUT.printf("  %d calls generated in %.1f s%n", warm.size() + steady.size() + paced.size() + backlog.size(), seconds(System.nanoTime() - generating));
        describeWorkload(steady, reps.size(), callTypes.size());

        Quiescence quiet = new Quiescence(suite);
        OUT.println("Warm-up: " + warm.size() + " calls (not measured) ...");
        postAndAwaitNudges(suite, warm, 0, null, InboxWatcher.byDatabase(suite.sql(), FLAT_OUT_POLL_PAUSE));
        requireQuiet(quiet);

        DatabaseWork idle = idleDatabaseWork(suite);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        FlightRecordings recordings = jfr ? FlightRecordings.start(servicePids(suite)) : null;
        StatementLog statementLog = statements ? StatementLog.start(suite.sql()) : null;
        boolean ok = steadyPhase(suite, steady, quiet, idle);
        if (statementLog != null) {
            OUT.println("  statements of the measured phase: " + statementLog.stop(results, "statements-" + stamp + ".txt", steady.size()));
        }
        recordPeakRss(suite);
        if (!paced.isEmpty()) {
            ok &= pacedPhase(suite, paced, quiet);
        }
        if (recordings != null) {
            recordings.stop(results, "jfr-" + stamp).forEach((name, file) -> OUT.println("  flight recording of " + name + ": " + file));
        }
        if (!backlog.isEmpty()) {
            ok &= backlogPhase(suite, backlog, quiet);
        }
        recordPeakRss(suite);
        ok &= exactlyOnce(suite, reps);
        memoryRows(suite);
        limits(suite, reps.size());
        ratios();

        OUT.println();
        OUT.println("Results");
        OUT.println("=======");
        report.print(OUT);
        Path file = report.write(results, "loadtest-" + stamp + ".json");
        OUT.println("JSON: " + file);
        OUT.println("As Markdown:");
        report.printMarkdown(OUT);
        return ok;
    }

    /** The JVMs of the suite (the three services and the broker) by name. */
    private static Map<String, Long> servicePids(SuiteUnderTest suite) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String name : List.of(LocalSuite.SCORECARD, LocalSuite.COACHING, LocalSuite.NOTIFICATION)) {
            pids.put(name, suite.service(name).pid());
        }
        pids.put("kafka", suite.suite().kafka().pid());
        return pids;
    }

    /** The suite's processes whose CPU time is counted: the JVMs and MariaDB. */
    private static Map<String, Long> suitePids(SuiteUnderTest suite) {
        Map<String, Long> pids = servicePids(suite);
        pids.put("mariadb", ProcessMemory.findPid("mariadbd", suite.home().toString()));
        return pids;
    }

    private static Map<String, ProcessCpu> cpuUsed(Map<String, Long> pids) {
        Map<String, ProcessCpu> used = new LinkedHashMap<>();
        pids.forEach((name, pid) -> used.put(name, ProcessCpu.of(pid)));
        return used;
    }

    // ---------------------------------------------------------------- workload

    private void describeWorkload(List<PlannedCall> steady, int reps, int callTypes) {
        String section = "Workload (measured phase)";
        report.row(section, "calls", steady.size(), "calls", "posted flat out by " + clients + " concurrent clients");
        report.row(section, "reps", reps, "reps", teams + " teams; working hours all day, no quiet hours, inbox channel");
        report.row(section, "call types", callTypes, "types", "each with a published starter scorecard (5 behaviours)");
        report.row(section, "mean call length", steady.stream().mapToInt(PlannedCall::minutes).average().orElse(0), "min",
                minMinutes + " to " + maxMinutes + " minutes, uniform");
        report.row(section, "mean transcript", steady.stream().mapToInt(PlannedCall::words).average().orElse(0), "words",
                "2/3 WebVTT, 1/3 JSON segments" + (distinctSentences ? "; every sentence distinct" : "; sentences from a small pool"));
        report.row(section, "mean request body", steady.stream().mapToInt(c -> c.body().length).average().orElse(0) / 1024.0, "KiB", "");
    }

    /** Posts {@code calls}, waits for each accepted call's nudge; returns the stream (with its outcomes) and the watcher. */
    private record Posted(CallStream stream, InboxWatcher watcher, boolean allSeen) {
        String seenNote() {
            int withdrawn = watcher.withdrawn().size();
            return !allSeen ? "SOME MISSING"
                    : withdrawn == 0 ? "every accepted call" : "every accepted call but " + withdrawn + " withdrawn on purpose (see correctness)";
        }
    }

    private Posted postAndAwaitNudges(SuiteUnderTest suite, List<PlannedCall> planned, double callsPerSecond, Duration limit,
                                      InboxWatcher watcher) throws Exception {
        CallStream stream = new CallStream(suite.service(LocalSuite.SCORECARD).baseUrl(), suite.integrationToken(), clients, callsPerSecond, false,
                Duration.ofMinutes(2))
                .onAccepted(o -> watcher.expect(o.call().rep(), o.callId(), o.accepted().sentNanos()))
                .submit(planned)
                .start();
        if (limit == null || limit.isZero()) {
            if (!stream.finish(PATIENCE.multipliedBy(3))) {
                throw new IllegalStateException("posting the calls did not finish within " + PATIENCE.multipliedBy(3));
            }
        } else if (!stream.finish(limit)) {
            OUT.printf("  duration of %s reached: %d calls left unposted%n", limit, stream.queued());
            stream.close();
        }
        stream.acceptedOutcomes().forEach(o -> acceptedCalls.add(o.callId()));
        boolean allSeen = watcher.awaitAll(PATIENCE, () -> lookForWithdrawnNudges(suite, watcher));
        watcher.close();
        if (!allSeen) {
            OUT.println("  nudges not seen in the inbox within " + PATIENCE + ": " + watcher.outstandingCalls());
        }
        return new Posted(stream, watcher, allSeen);
    }

    /**
     * coaching-service withdraws a post-call nudge on purpose when, before it went out, the rep came to master its
     * focus behaviour (calls of one rep seconds apart, as in this workload, make that possible). Such a call has no
     * nudge by design, with the reason recorded; it is reported, and checked to have no nudge, instead of awaited.
     */
    private static void lookForWithdrawnNudges(SuiteUnderTest suite, InboxWatcher watcher) {
        Set<String> outstanding = watcher.outstandingCalls();
        if (outstanding.isEmpty()) {
            return;
        }
        try {
            suite.withdrawnPostCallNudges().forEach((callId, reason) -> {
                if (outstanding.contains(callId)) {
                    watcher.withdrawn(callId, reason);
                }
            });
        } catch (SQLException e) {
            // the database may be busy: look again in a second
        }
    }


    private static void requireQuiet(Quiescence quiet) throws InterruptedException {
        String busy = quiet.await(PATIENCE);
        if (busy != null) {
            throw new IllegalStateException("the suite did not settle: " + busy);
        }
    }

    /** Commits and statements per second with no calls coming in: the services' own background work (schedulers, relays). */
    private DatabaseWork idleDatabaseWork(SuiteUnderTest suite) throws Exception {
        Map<String, Long> before = suite.sql().serverStatus(DatabaseWork.COUNTERS);
        long start = System.nanoTime();
        Thread.sleep(10_000);
        Map<String, Long> after = suite.sql().serverStatus(DatabaseWork.COUNTERS);
        return DatabaseWork.between(before, after, seconds(System.nanoTime() - start));
    }

    // ---------------------------------------------------------------- steady phase

    private boolean steadyPhase(SuiteUnderTest suite, List<PlannedCall> steady, Quiescence quiet, DatabaseWork idle) throws Exception {
        OUT.println("Measured phase: " + steady.size() + " calls from " + clients + " clients ...");
        long gradingBase = suite.sql().processedEvents("scorecard");
        long coachingBase = suite.sql().processedEvents("coaching");
        long notificationBase = suite.sql().processedEvents("notification");
        Map<String, Long> databaseBefore = suite.sql().serverStatus(DatabaseWork.COUNTERS);
        Map<String, Long> pids = suitePids(suite);
        Map<String, ProcessCpu> cpuBefore = cpuUsed(pids);
        try (ProgressSampler grading = new ProgressSampler("grading", suite.sql().processedEventsProbe("scorecard"), Duration.ofMillis(250));
             ProgressSampler coaching = new ProgressSampler("coaching", suite.sql().processedEventsProbe("coaching"), Duration.ofMillis(250));
             ProgressSampler notification = new ProgressSampler("notification", suite.sql().processedEventsProbe("notification"), Duration.ofMillis(250))) {
            Posted posted = postAndAwaitNudges(suite, steady, 0, duration, InboxWatcher.byDatabase(suite.sql(), FLAT_OUT_POLL_PAUSE));
            Map<String, Long> databaseAfter = suite.sql().serverStatus(DatabaseWork.COUNTERS);
            List<CallStream.Outcome> outcomes = posted.stream().outcomes();
            List<CallStream.Attempt> accepted = outcomes.stream().map(CallStream.Outcome::accepted).filter(a -> a != null).toList();
            long firstSent = outcomes.stream().flatMap(o -> o.attempts().stream()).mapToLong(CallStream.Attempt::sentNanos).min().orElse(0);
            long lastAnswered = outcomes.stream().flatMap(o -> o.attempts().stream()).mapToLong(CallStream.Attempt::answeredNanos).max().orElse(0);
            Map<String, InboxWatcher.Seen> seen = posted.watcher().seen();
            long lastSeen = seen.values().stream().mapToLong(InboxWatcher.Seen::seenNanos).max().orElse(lastAnswered);
            double postingSeconds = seconds(lastAnswered - firstSent);
            double pipelineSeconds = seconds(lastSeen - firstSent);

            String section = "Ingestion (scorecard-service, POST /api/calls)";
            report.row(section, "calls accepted", accepted.size(), "calls", (outcomes.size() - accepted.size()) + " refused");
            report.row(section, "throughput", accepted.size() / postingSeconds, "calls/s", "accepted (202), graded afterwards; over "
                    + String.format("%.1f", postingSeconds) + " s");
            report.row(section, "calls per day at that rate", accepted.size() / postingSeconds * 86_400, "calls/day", "one node, this machine");
            Percentiles api = Percentiles.ofNanos(accepted.stream().map(CallStream.Attempt::latencyNanos).toList());
            report.row(section, "API latency p50", api.p50Ms(), "ms", "");
            report.row(section, "API latency p95", api.p95Ms(), "ms", "");
            report.row(section, "API latency p99", api.p99Ms(), "ms", "max " + Math.round(api.maxMs()) + " ms");

            section = "End to end (call posted -> post-call nudge in the rep's inbox)";
            Percentiles e2e = Percentiles.ofNanos(seen.values().stream().map(InboxWatcher.Seen::latencyNanos).toList());
            report.row(section, "nudges seen", seen.size(), "nudges", posted.seenNote());
            report.row(section, "latency p50", e2e.p50Ms(), "ms", "to the inbox's receivedAt; includes grading");
            report.row(section, "latency p95", e2e.p95Ms(), "ms", "");
            report.row(section, "latency p99", e2e.p99Ms(), "ms", "max " + Math.round(e2e.maxMs()) + " ms");
            seenByPolling(section, seen.values());
            report.row(section, "watcher round", posted.watcher().meanRound().toNanos() / 1e6, "ms",
                    "sightings (in notification-service's nudge table) are late by up to one round");
            report.row(section, "pipeline throughput", seen.size() / pipelineSeconds, "calls/s", "first post to last nudge, "
                    + String.format("%.1f", pipelineSeconds) + " s");

            requireQuiet(quiet);
            Map<String, ProcessCpu> cpuAfter = cpuUsed(pids);
            section = "CPU per accepted call in the measured phase (user + system, until the suite settled)";
            double total = 0;
            double compilation = 0;
            int calls = Math.max(1, accepted.size());
            for (String name : pids.keySet()) {
                ProcessCpu used = cpuAfter.get(name).since(cpuBefore.get(name));
                total += used.seconds();
                compilation += used.compilation();
                report.row(section, name, 1000 * used.seconds() / calls, "ms", String.format("%.1f CPU-s in all, %.1f of it JIT compilation",
                        used.seconds(), used.compilation()));
            }
            report.row(section, "whole suite", 1000 * total / calls, "ms",
                    "the load driver not counted; includes the idle background work while the phase ran");
            report.row(section, "whole suite without JIT compilation", 1000 * (total - compilation) / calls, "ms",
                    "the HotSpot compiler threads left out: a long-running service compiles its hot code once");
            ProgressSampler.Window gradingWindow = grading.window(gradingBase);
            ProgressSampler.Window coachingWindow = coaching.window(coachingBase);
            ProgressSampler.Window notificationWindow = notification.window(notificationBase);
            section = "Consumers keeping up with the measured phase";
            report.row(section, "scorecard-service (grading)", gradingWindow.perSecond(), "calls/s", gradingWindow.events()
                    + " CallReceived graded in " + String.format("%.1f", gradingWindow.seconds()) + " s");
            report.row(section, "coaching-service", coachingWindow.perSecond(), "events/s", coachingWindow.events()
                    + " CallScored processed in " + String.format("%.1f", coachingWindow.seconds()) + " s");
            report.row(section, "notification-service", notificationWindow.perSecond(), "events/s", notificationWindow.events()
                    + " NudgeRequested processed in " + String.format("%.1f", notificationWindow.seconds()) + " s");

            section = "Database work of the measured phase";
            DatabaseWork phase = DatabaseWork.between(databaseBefore, databaseAfter, 1);
            DatabaseWork perCall = phase.lessIdle(idle, pipelineSeconds, Math.max(1, accepted.size()));
            report.row(section, "commits per call", perCall.commits(), "commits",
                    "all three services, background commits (" + String.format("%.1f", idle.commits()) + "/s idle) deducted");
            report.row(section, "statements per call", perCall.statements(), "statements", perCall.byKind()
                    + "; background statements (" + String.format("%.1f", idle.statements()) + "/s idle) deducted");
            report.row(section, "commit rate", phase.commits() / pipelineSeconds, "commits/s", "first post to last nudge");
            return posted.allSeen() && accepted.size() == outcomes.size();
        }
    }

    // ---------------------------------------------------------------- paced phase

    /**
     * End-to-end latency when the suite is not saturated: calls arrive at a steady pace well below the ingestion
     * throughput, so a nudge's latency is the pipeline's own (relays, consumers, coaching's dispatch tick), not the
     * time spent queued behind hundreds of other calls, as it is in the flat-out measured phase.
     */
    private boolean pacedPhase(SuiteUnderTest suite, List<PlannedCall> paced, Quiescence quiet) throws Exception {
        OUT.printf("Paced phase: %d calls at %.1f calls/s ...%n", paced.size(), pacedRate);
        Posted posted = postAndAwaitNudges(suite, paced, pacedRate, null, InboxWatcher.byApi(suite.notification(), PACED_POLL_PAUSE));
        List<CallStream.Outcome> outcomes = posted.stream().outcomes();
        List<CallStream.Attempt> accepted = outcomes.stream().map(CallStream.Outcome::accepted).filter(a -> a != null).toList();
        String section = String.format("End to end at a steady %.1f calls/s (below capacity)", pacedRate);
        Percentiles e2e = Percentiles.ofNanos(posted.watcher().seen().values().stream().map(InboxWatcher.Seen::latencyNanos).toList());
        report.row(section, "nudges seen", posted.watcher().seen().size(), "nudges", posted.seenNote());
        report.row(section, "latency p50", e2e.p50Ms(), "ms", "to the inbox's receivedAt; includes grading");
        report.row(section, "latency p95", e2e.p95Ms(), "ms", "");
        report.row(section, "latency p99", e2e.p99Ms(), "ms", "max " + Math.round(e2e.maxMs()) + " ms");
        seenByPolling(section, posted.watcher().seen().values());
        Percentiles api = Percentiles.ofNanos(accepted.stream().map(CallStream.Attempt::latencyNanos).toList());
        report.row(section, "API latency p50", api.p50Ms(), "ms", "");
        report.row(section, "API latency p99", api.p99Ms(), "ms", "max " + Math.round(api.maxMs()) + " ms");
        hopByHop(suite, posted.watcher().seen().keySet());
        requireQuiet(quiet);
        return posted.allSeen() && accepted.size() == outcomes.size();
    }

    /** Where the paced calls' time went, hop by hop, from the services' own timestamps. */
    private void hopByHop(SuiteUnderTest suite, Set<String> callIds) throws SQLException {
        String section = "End to end hop by hop (paced calls; services' timestamps)";
        PipelineStages.of(suite.sql(), callIds).forEach((hop, times) ->
                report.row(section, hop + " p50 / p99", times.p50Ms(), "ms", "p99 " + Math.round(times.p99Ms()) + " ms, "
                        + times.count() + " calls"));
    }

    /** The same latencies as the watcher's polls saw them: an upper bound, late by up to one poll round. */
    private void seenByPolling(String section, java.util.Collection<InboxWatcher.Seen> seen) {
        Percentiles polled = Percentiles.ofNanos(seen.stream().map(InboxWatcher.Seen::seenLatencyNanos).toList());
        report.row(section, "seen by the watcher p50 / p99", polled.p50Ms(), "ms", "p99 " + Math.round(polled.p99Ms())
                + " ms: when the watcher first saw it (late by up to one round)");
    }

    // ---------------------------------------------------------------- backlog phase

    /**
     * The consumers' capacity rather than the arrival rate: with coaching- and notification-service stopped, the backlog
     * calls are posted, faster than scorecard-service grades them, so its consumer group works through a CallReceived
     * backlog; once every call is graded and its CallScored relayed, coaching-service starts alone and works through the
     * CallScored backlog, and once its nudges are all on the topic, notification-service starts and works through those.
     */
    private boolean backlogPhase(SuiteUnderTest suite, List<PlannedCall> backlog, Quiescence quiet) throws Exception {
        OUT.println("Backlog phase: " + backlog.size() + " calls posted while coaching- and notification-service are stopped ...");
        ServiceProcess coachingService = suite.service(LocalSuite.COACHING);
        ServiceProcess notificationService = suite.service(LocalSuite.NOTIFICATION);
        coachingService.stop(Duration.ofSeconds(30));
        notificationService.stop(Duration.ofSeconds(30));
        long gradingBase = suite.sql().processedEvents("scorecard");
        long coachingBase = suite.sql().processedEvents("coaching");
        long notificationBase = suite.sql().processedEvents("notification");

        List<CallStream.Outcome> outcomes;
        List<CallStream.Attempt> accepted;
        String section = "Consumer capacity (draining a backlog)";
        try (ProgressSampler grading = new ProgressSampler("grading", suite.sql().processedEventsProbe("scorecard"), Duration.ofMillis(250))) {
            CallStream stream = new CallStream(suite.service(LocalSuite.SCORECARD).baseUrl(), suite.integrationToken(), clients, 0, false,
                    Duration.ofMinutes(2)).submit(backlog).start();
            if (!stream.finish(PATIENCE.multipliedBy(3))) {
                throw new IllegalStateException("posting the backlog did not finish");
            }
            outcomes = stream.outcomes();
            accepted = outcomes.stream().map(CallStream.Outcome::accepted).filter(a -> a != null).toList();
            stream.acceptedOutcomes().forEach(o -> acceptedCalls.add(o.callId()));
            long firstSent = outcomes.stream().flatMap(o -> o.attempts().stream()).mapToLong(CallStream.Attempt::sentNanos).min().orElse(0);
            long lastAnswered = outcomes.stream().flatMap(o -> o.attempts().stream()).mapToLong(CallStream.Attempt::answeredNanos).max().orElse(0);
            String ingestion = "Ingestion alone (coaching and notification stopped)";
            report.row(ingestion, "throughput", accepted.size() / seconds(lastAnswered - firstSent), "calls/s", accepted.size()
                    + " calls accepted (202), graded afterwards");
            Percentiles api = Percentiles.ofNanos(accepted.stream().map(CallStream.Attempt::latencyNanos).toList());
            report.row(ingestion, "API latency p50", api.p50Ms(), "ms", "");
            report.row(ingestion, "API latency p99", api.p99Ms(), "ms", "");
            awaitTrue("scorecard-service grades the backlog and relays its outbox", () ->
                    suite.sql().callsGrading() == 0 && suite.sql().unsentOutbox("scorecard") == 0);
            drainRows(section, "scorecard-service (grading)", "CallReceived", grading, gradingBase);
        }

        try (ProgressSampler coaching = new ProgressSampler("coaching", suite.sql().processedEventsProbe("coaching"), Duration.ofMillis(250))) {
            coachingService.restartAndAwait(SuiteUnderTest.READY);
            if (!coaching.awaitAtLeast(coachingBase + accepted.size(), PATIENCE)) {
                throw new IllegalStateException("coaching-service did not process the backlog: " + coaching.latest());
            }
            drainRows(section, "coaching-service", "CallScored", coaching, coachingBase);
        }
        awaitTrue("coaching-service dispatches the backlog's nudges", () ->
                suite.sql().pendingPostCallNudges() == 0 && suite.sql().unsentOutbox("coaching") == 0);
        try (ProgressSampler notification = new ProgressSampler("notification", suite.sql().processedEventsProbe("notification"), Duration.ofMillis(250))) {
            notificationService.restartAndAwait(SuiteUnderTest.READY);
            requireQuiet(quiet);
            drainRows(section, "notification-service", "NudgeRequested", notification, notificationBase);
        }
        return accepted.size() == outcomes.size();
    }

    /** The whole drain (a freshly started JVM) and its last three quarters (JIT warm). */
    private void drainRows(String section, String service, String event, ProgressSampler sampler, long baseline) {
        ProgressSampler.Window all = sampler.window(baseline);
        ProgressSampler.Window warm = sampler.windowAfter(baseline, all.events() / 4);
        report.row(section, service, warm.perSecond(), "events/s", "warm: the last " + warm.events() + " " + event + " in "
                + String.format("%.1f", warm.seconds()) + " s");
        report.row(section, service + " from a cold start", all.perSecond(), "events/s", "all " + all.events() + " " + event + " in "
                + String.format("%.1f", all.seconds()) + " s after the restart");
    }

    private static void awaitTrue(String what, Callable<Boolean> done) {
        Awaitility.await(what).atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(done);
    }

    // ---------------------------------------------------------------- correctness, memory, limits

    private boolean exactlyOnce(SuiteUnderTest suite, List<Rep> reps) throws SQLException {
        NudgeAudit audit = NudgeAudit.of(suite, reps, acceptedCalls);
        String section = "Correctness of the whole run";
        report.row(section, "calls with exactly one nudge", audit.exactlyOnce(), "calls", "of " + acceptedCalls.size() + " accepted");
        report.row(section, "calls without a nudge", audit.lost(), "calls", "");
        report.row(section, "calls with duplicate nudges", audit.duplicated(), "calls", "");
        report.row(section, "post-call nudges withdrawn on purpose", audit.withdrawn().size(), "calls",
                audit.withdrawn().isEmpty() ? "none" : "focus mastered before it went out, or nothing to feed back; e.g. " + audit.exampleWithdrawal()
                        + "; " + audit.nudgedThoughWithdrawn() + " of them nudged anyway");
        if (!audit.holds()) {
            OUT.println("  calls not nudged as expected: " + audit.wrong());
        }
        return audit.holds();
    }

    private void recordPeakRss(SuiteUnderTest suite) {
        for (String name : List.of(LocalSuite.SCORECARD, LocalSuite.COACHING, LocalSuite.NOTIFICATION)) {
            peakRss.merge(name, ProcessMemory.peakRssMiB(suite.service(name).pid()), Math::max);
        }
        peakRss.merge("kafka broker", ProcessMemory.peakRssMiB(suite.suite().kafka().pid()), Math::max);
        long mysqld = ProcessMemory.findPid("mariadbd", suite.home().toString());
        peakRss.merge("mariadb (mysqld)", ProcessMemory.peakRssMiB(mysqld), Math::max);
    }

    private void memoryRows(SuiteUnderTest suite) {
        String section = "Peak memory (VmHWM)";
        peakRss.forEach((name, mib) -> report.row(section, name, mib, "MiB",
                name.endsWith("-service") ? "-Xmx384m, SerialGC (LocalSuite)" : ""));
    }

    private void limits(SuiteUnderTest suite, int keys) throws Exception {
        OUT.println("Measuring the raw limits of the same database and broker ...");
        String section = "Raw limits on this machine";
        DatabaseLimit.Result single = DatabaseLimit.measure(suite.sql(), 1, Duration.ofSeconds(2), limitTime);
        DatabaseLimit.Result parallel = DatabaseLimit.measure(suite.sql(), dbThreads, Duration.ofSeconds(2), limitTime);
        report.row(section, "MariaDB insert tx, 1 connection", single.perSecond(), "tx/s", "single-row INSERT, autocommit, scratch database");
        report.row(section, "MariaDB insert tx, " + dbThreads + " connections", parallel.perSecond(), "tx/s", "same");
        String callScored = KafkaLimit.realCallScored(suite.bootstrapServers(), 200);
        KafkaLimit.Result kafka = KafkaLimit.measure(suite.bootstrapServers(), callScored, kafkaRecords, LocalKafka.PARTITIONS, keys);
        report.row(section, "Kafka record size", kafka.recordBytes(), "bytes", "a real CallScored from this run (median size)");
        report.row(section, "Kafka produce", kafka.producePerSecond(), "records/s", "idempotent, acks=all, linger 5 ms; "
                + String.format("%.1f", kafka.produceMiBPerSecond()) + " MiB/s");
        report.row(section, "Kafka consume", kafka.consumePerSecond(), "records/s", "one consumer, " + LocalKafka.PARTITIONS + " partitions");
    }

    /** The suite's rates as percentages of the raw rates of the same database and broker, measured in the same run. */
    private void ratios() {
        String section = "Suite as a share of the raw limits";
        String raw = "Raw limits on this machine";
        double insert = report.value(raw, "MariaDB insert tx, " + dbThreads + " connections");
        double produce = report.value(raw, "Kafka produce");
        double consume = report.value(raw, "Kafka consume");
        double graded = report.value("Consumers keeping up with the measured phase", "scorecard-service (grading)");
        double commitRate = report.value("Database work of the measured phase", "commit rate");
        double commitsPerCall = report.value("Database work of the measured phase", "commits per call");
        double coaching = report.value("Consumer capacity (draining a backlog)", "coaching-service");
        double notification = report.value("Consumer capacity (draining a backlog)", "notification-service");
        report.row(section, "graded calls/s of raw insert tx/s", 100 * graded / insert, "%", String.format(
                "a call, graded and carried to the inbox, costs the machine about %,.0f raw inserts; it commits %.1f times", insert / graded, commitsPerCall));
        report.row(section, "suite commits/s of raw insert tx/s", 100 * commitRate / insert, "%", "how hard the measured phase drove the database");
        report.row(section, "CallScored published/s of raw produce", 100 * graded / produce, "%", "one CallScored per graded call");
        report.row(section, "coaching events/s of raw consume", 100 * coaching / consume, "%", "warm backlog drain");
        report.row(section, "notification events/s of raw consume", 100 * notification / consume, "%", "warm backlog drain");
        report.row(section, "coaching events/s of raw insert tx/s", 100 * coaching / insert, "%", "");
        report.row(section, "notification events/s of raw insert tx/s", 100 * notification / insert, "%", "");
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
