package io.callreview.loadtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.callreview.loadtest.bench.Machine;
import io.callreview.loadtest.faults.Scenarios;
import io.callreview.loadtest.faults.Scenario;
import io.callreview.loadtest.faults.Verdict;
import io.callreview.loadtest.suite.Args;
import io.callreview.loadtest.suite.SuiteUnderTest;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fault tests ({@code bench/faults.sh}): each scenario runs against a fresh suite (database, broker and the three
 * services as processes), does its fault, and judges its stated invariant PASS or FAIL. A summary table follows, also
 * written as JSON to {@code bench/results/faults-*.json}. Exits 1 when any scenario failed. {@code --only=a,b} runs
 * some; {@code --keep} keeps every suite's data and logs (a failed scenario's are always kept).
 */
public final class FaultTests {

    private static final PrintStream OUT = System.out;

    private record Outcome(Scenario scenario, Verdict verdict, double seconds, String logs) {
    }

    public static void main(String[] raw) throws Exception {
        Args args = new Args(raw);
        Path repository = Args.repository();
        String only = args.text("only", "");
        boolean keep = args.flag("keep");
        Path work = args.path("work", repository.resolve("loadtest/target/runs"));
        Path results = args.path("out", repository.resolve("bench/results"));
        args.requireAllKnown();

        List<Scenario> scenarios = Scenarios.all();
        if (!only.isBlank()) {
            List<String> wanted = Arrays.asList(only.split(","));
            scenarios = scenarios.stream().filter(s -> wanted.contains(s.name())).toList();
            if (scenarios.size() != wanted.size()) {
                throw new IllegalArgumentException("unknown scenario in " + wanted + "; known: "
                        + Scenarios.all().stream().map(Scenario::name).toList());
            }
        }
        OUT.println("Call-review suite fault tests: " + scenarios.size() + " scenarios, each against a fresh suite");
        OUT.println("  machine: " + Machine.describe());
        List<Outcome> outcomes = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            outcomes.add(run(scenario, repository, work, keep));
        }
        summary(outcomes);
        write(outcomes, results);
        System.exit(outcomes.stream().allMatch(o -> o.verdict().passed()) ? 0 : 1);
    }

    private static Outcome run(Scenario scenario, Path repository, Path work, boolean keep) {
        OUT.println();
        OUT.println("== " + scenario.name() + ": " + scenario.fault());
        OUT.println("   invariant: " + scenario.invariant());
        long start = System.nanoTime();
        SuiteUnderTest suite = null;
        Verdict verdict;
        try {
            suite = SuiteUnderTest.start(repository, work, scenario.name(), scenario.environment());
            OUT.printf("   suite up in %.0f s%n", (System.nanoTime() - start) / 1e9);
            verdict = scenario.run(suite);
        } catch (Exception | AssertionError e) {
            e.printStackTrace(OUT);
            verdict = Verdict.of(false, "aborted: " + e);
        } finally {
            scenario.cleanUp();
        }
        String logs = "";
        if (suite != null) {
            logs = suite.logs().toString();
            if (keep || !verdict.passed()) {
                suite.keepHome();
            }
            suite.close();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        OUT.printf("   %s (%.0f s): %s%n", verdict.passed() ? "PASS" : "FAIL", seconds, verdict.evidence());
        return new Outcome(scenario, verdict, seconds, logs);
    }

    private static void summary(List<Outcome> outcomes) {
        OUT.println();
        OUT.println("Summary");
        OUT.println("=======");
        OUT.println("| scenario | fault | invariant | evidence | result |");
        OUT.println("|---|---|---|---|---|");
        for (Outcome outcome : outcomes) {
            OUT.printf("| %s | %s | %s | %s | **%s** |%n", outcome.scenario().name(), outcome.scenario().fault(),
                    outcome.scenario().invariant(), outcome.verdict().evidence(), outcome.verdict().passed() ? "PASS" : "FAIL");
        }
        long passed = outcomes.stream().filter(o -> o.verdict().passed()).count();
        OUT.println();
        OUT.println(passed + " of " + outcomes.size() + " scenarios passed");
    }

    private static void write(List<Outcome> outcomes, Path results) throws Exception {
        Files.createDirectories(results);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("scenario", outcome.scenario().name());
            row.put("fault", outcome.scenario().fault());
            row.put("invariant", outcome.scenario().invariant());
            row.put("result", outcome.verdict().passed() ? "PASS" : "FAIL");
            row.put("evidence", outcome.verdict().evidence());
            row.put("seconds", Math.round(outcome.seconds()));
            rows.add(row);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("machine", Machine.describe());
        json.put("finished", LocalDateTime.now().toString());
        json.put("scenarios", rows);
        Path file = results.resolve("faults-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        OUT.println("JSON: " + file);
    }
}
