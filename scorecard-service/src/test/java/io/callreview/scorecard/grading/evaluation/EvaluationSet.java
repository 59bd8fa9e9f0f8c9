package io.callreview.scorecard.grading.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.events.Verdict;
import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.scorecard.StarterScorecard;
import io.callreview.scorecard.transcript.Role;
import io.callreview.scorecard.transcript.Segment;
import io.callreview.scorecard.transcript.Transcript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One part of the labelled grading evaluation set ({@code grading-eval/tuning} or {@code grading-eval/held-out}):
 * whole calls with the expected verdict per behaviour, and single utterances labelled as counting or not. The
 * scorecards are the starter library's ({@link StarterScorecard}): discovery, demo and renewal.
 */
public record EvaluationSet(String name, Map<String, List<Behaviour>> scorecards, List<LabelledCall> calls,
                            List<LabelledUtterance> utterances) {

    /** A call and what a careful coach says about each behaviour. */
    public record LabelledCall(String id, String callType, long durationMs, Transcript transcript,
                               Map<String, Verdict> expected, Map<String, List<Integer>> evidence) {
    }

    /** One utterance, said inside the behaviour's window, and whether it counts toward the behaviour. */
    public record LabelledUtterance(String id, String callType, String behaviour, Role role, String text,
                                    boolean counts, String kind) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The set's parts: the tuning part, the first held-out part, then every other {@code held-out-*} folder by name, so
     * that a part added to the set is graded without anyone remembering to list it.
     */
    public static List<String> parts(Path root) {
        try (Stream<Path> folders = Files.list(root)) {
            List<String> more = folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString())
                    .filter(name -> name.startsWith("held-out-")).sorted().toList();
            List<String> parts = new ArrayList<>(List.of("tuning", "held-out"));
            parts.addAll(more);
            return parts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The evaluation set folder in this repository, found from the working directory of a module or of the root. */
    public static Path root() {
        for (Path candidate : List.of(Path.of("src/test/resources/grading-eval"),
                Path.of("scorecard-service/src/test/resources/grading-eval"),
                Path.of("../scorecard-service/src/test/resources/grading-eval"))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("grading-eval folder not found from " + Path.of("").toAbsolutePath());
    }

    public static EvaluationSet load(Path root, String part) {
        Map<String, List<Behaviour>> scorecards = starterLibrary();
        List<LabelledCall> calls = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve(part).resolve("calls"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                calls.add(call(JSON.readTree(file.toFile())));
            }
            List<LabelledUtterance> utterances = new ArrayList<>();
            for (String line : Files.readAllLines(root.resolve(part).resolve("utterances.jsonl"))) {
                if (!line.isBlank()) {
                    JsonNode u = JSON.readTree(line);
                    utterances.add(new LabelledUtterance(u.get("id").asText(), u.get("callType").asText(),
                            u.get("behaviour").asText(), Role.parse(u.get("role").asText()), u.get("text").asText(),
                            u.get("expected").asText().equals("COUNTS"), u.get("kind").asText()));
                }
            }
            return new EvaluationSet(part, scorecards, calls, utterances);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The calls whose id starts with {@code prefix} (e.g. one author's batch), without the utterances. */
    public EvaluationSet callsStartingWith(String prefix) {
        return new EvaluationSet(name + "/" + prefix + "*", scorecards,
                calls.stream().filter(c -> c.id().startsWith(prefix)).toList(), List.of());
    }

    private static LabelledCall call(JsonNode call) {
        Map<String, Role> roles = new HashMap<>();
        call.get("participants").forEach(p -> roles.put(p.get("name").asText().toLowerCase(Locale.ROOT),
                Role.parse(p.get("role").asText())));
        List<Segment> segments = new ArrayList<>();
        for (JsonNode s : call.get("segments")) {
            String speaker = s.get("speaker").asText();
            segments.add(new Segment(speaker, s.get("startMs").asLong(), s.get("endMs").asLong(), s.get("text").asText(),
                    roles.getOrDefault(speaker.toLowerCase(Locale.ROOT), Role.UNKNOWN)));
        }
        Map<String, Verdict> expected = new LinkedHashMap<>();
        call.get("expected").fields().forEachRemaining(e -> expected.put(e.getKey(), Verdict.valueOf(e.getValue().asText())));
        Map<String, List<Integer>> evidence = new HashMap<>();
        if (call.has("evidence")) {
            call.get("evidence").fields().forEachRemaining(e -> {
                List<Integer> indexes = new ArrayList<>();
                e.getValue().forEach(i -> indexes.add(i.asInt()));
                evidence.put(e.getKey(), indexes);
            });
        }
        return new LabelledCall(call.get("id").asText(), call.get("callType").asText(),
                call.get("durationSeconds").asLong() * 1000, new Transcript(segments, false), expected, evidence);
    }

    private static Map<String, List<Behaviour>> starterLibrary() {
        Map<String, List<Behaviour>> scorecards = new LinkedHashMap<>();
        StarterScorecard.names().forEach(name -> scorecards.put(name, StarterScorecard.template(name).orElseThrow()));
        return scorecards;
    }
}
