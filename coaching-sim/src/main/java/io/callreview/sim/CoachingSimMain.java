package io.callreview.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.callreview.coaching.rules.RepCalendar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Runs the four policies over the same simulated teams (one team per seed, {@code --runs} seeds) and prints adherence
 * per week and policy, nudges sent and adherence gained per nudge; writes the figures as JSON and the chart as SVG.
 *
 * <pre>--seed=N --runs=N --reps=N --weeks=N --open-rate=0.6 --grader-accuracy=0.87 --out=file.json --svg=file.svg</pre>
 */
public final class CoachingSimMain {

    private CoachingSimMain() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        SimSettings settings = SimSettings.of(options);
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        SuiteRules rules = SuiteRules.fromConfig();
        List<PolicyResult> results = run(settings, runs, rules);
        System.out.print(report(settings, runs, results));
        if (options.containsKey("out")) {
            write(Path.of(options.get("out")), json(settings, runs, results));
            System.out.println("JSON: " + options.get("out"));
        }
        if (options.containsKey("svg")) {
            write(Path.of(options.get("svg")), SvgChart.adherence("Adherence per week (" + runs * settings.reps() + " simulated reps)", results));
            System.out.println("Chart: " + options.get("svg"));
        }
    }

    /** Each policy over the same teams: seeds {@code seed .. seed + runs - 1}, summed. */
    public static List<PolicyResult> run(SimSettings settings, int runs, SuiteRules rules) {
        RepCalendar calendar = Team.defaultCalendar(rules.config());
        Map<String, Supplier<Policy>> policies = new LinkedHashMap<>();
        policies.put("none", NoNudges::new);
        policies.put("fixed-7d", FixedSchedule::new);
        policies.put("every-call", EveryCall::new);
        policies.put("suite", () -> new SuitePolicy(rules));
        List<PolicyResult> results = new ArrayList<>();
        policies.forEach((name, policy) -> {
            List<WeekFigures> weeks = null;
            Map<String, Long> kinds = new TreeMap<>();
            for (int run = 0; run < runs; run++) {
                List<WeekFigures> these = Simulation.run(settings.withSeed(settings.seed() + run), policy.get(), calendar, kinds);
                weeks = weeks == null ? these : sum(weeks, these);
            }
            results.add(new PolicyResult(name, weeks, kinds));
        });
        return results;
    }

    private static List<WeekFigures> sum(List<WeekFigures> a, List<WeekFigures> b) {
        List<WeekFigures> sum = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            sum.add(a.get(i).plus(b.get(i)));
        }
        return sum;
    }

    static String report(SimSettings settings, int runs, List<PolicyResult> results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Coaching simulator: %d runs x %d reps, %d weeks, open rate %.2f, grader accuracy %.2f, seed %d%n%n",
                runs, settings.reps(), settings.weeks(), settings.openRate(), settings.graderAccuracy(), settings.seed()));
        out.append("Adherence per week (share of calls x behaviours done) and nudges sent\n\n| week |");
        results.forEach(r -> out.append(' ').append(r.policy()).append(" |"));
        results.forEach(r -> out.append(" nudges ").append(r.policy()).append(" |"));
        out.append("\n|---|").append("---|".repeat(results.size() * 2)).append('\n');
        for (int w = 0; w < settings.weeks(); w++) {
            int week = w;
            out.append("| ").append(w + 1).append(" |");
            results.forEach(r -> out.append(String.format(Locale.ROOT, " %.1f%% |", 100 * r.weeks().get(week).adherence())));
            results.forEach(r -> out.append(' ').append(r.weeks().get(week).nudges()).append(" |"));
            out.append('\n');
        }
        PolicyResult none = results.get(0);
        int repCount = runs * settings.reps();
        out.append("\n| policy | adherence, 12 weeks | adherence, last 4 weeks | nudges sent | nudges per rep per week | opened |"
                + " adherence gained vs none | behaviours done gained per nudge |\n|---|---|---|---|---|---|---|---|\n");
        for (PolicyResult r : results) {
            WeekFigures t = r.total();
            out.append(String.format(Locale.ROOT, "| %s | %.1f%% | %.1f%% | %d | %.2f | %d | %+.1f points | %s |%n", r.policy(),
                    100 * t.adherence(), 100 * r.lastWeeksAdherence(4), t.nudges(), (double) t.nudges() / repCount / settings.weeks(),
                    t.opened(), 100 * r.adherenceGain(none), t.nudges() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", r.gainPerNudge(none))));
        }
        out.append("\nNudges by kind: ");
        results.stream().filter(r -> !r.nudgesByKind().isEmpty())
                .forEach(r -> out.append(r.policy()).append(' ').append(r.nudgesByKind()).append("; "));
        return out.append('\n').toString();
    }

    static Map<String, Object> json(SimSettings settings, int runs, List<PolicyResult> results) {
        PolicyResult none = results.get(0);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("settings", settings);
        json.put("runs", runs);
        List<Map<String, Object>> policies = new ArrayList<>();
        for (PolicyResult r : results) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("policy", r.policy());
            p.put("weeks", r.weeks().stream().map(w -> Map.of("week", w.week(), "adherence", w.adherence(), "behaviourCalls",
                    w.behaviourCalls(), "met", w.met(), "gradedMet", w.gradedMet(), "nudges", w.nudges(), "opened", w.opened())).toList());
            p.put("adherence", r.total().adherence());
            p.put("adherenceLast4Weeks", r.lastWeeksAdherence(4));
            p.put("nudges", r.total().nudges());
            p.put("nudgesByKind", r.nudgesByKind());
            p.put("adherenceGainVsNone", r.adherenceGain(none));
            p.put("behavioursDoneGainedPerNudge", r.gainPerNudge(none));
            policies.add(p);
        }
        json.put("policies", policies);
        return json;
    }

    private static void write(Path path, Object content) throws IOException {
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        if (content instanceof String text) {
            Files.writeString(path, text);
        } else {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(path.toFile(), content);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options are --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}
