package io.callreview.scorecard.grading.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.callreview.scorecard.grading.Grader;
import io.callreview.scorecard.grading.GradingSettings;
import io.callreview.scorecard.grading.SentenceEncoder;
import io.callreview.scorecard.grading.TextAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the grading evaluation (bench/grading-eval.sh): the keyword grader and the semantic grader side by side, on
 * the tuning part and every held-out part (held-out; held-out-styles, held-out-real, held-out-fresh, held-out-wild,
 * held-out-field, held-out-dec and any other held-out-* folder: calls in the styles real calls have and the first lacks;
 * held-out-negation: utterances that
 * decline a behaviour or do it with a negation in them), and writes the figures as JSON, utterance accuracy by kind too.
 * Mistakes, utterances' too, are listed for the tuning part only (with --mistakes; and for a scratch part not named
 * held-out-*): a held-out part is read for its figures, never its failures. With --tuning-only the held-out parts are not graded at
 * all, for working on the tuning part without glancing at held-out figures each time.
 *
 * <p>Arguments: {@code [--out file.json] [--mistakes] [--tuning-only | --part NAME] [--calls PREFIX] [--model bge|minilm|e5|bge:3+e5:1]}:
 * {@code --part} grades one part only;
 * {@code --calls} grades only the calls whose id starts with the prefix (one author's batch, e.g. tu8); {@code --model} the
 * semantic grader with another sentence model than its own (BGE small), or several read as one.
 * {@code --few-examples 3,5,8,12 [--draws 3]}: instead, the semantic grader with every rule cut to that many examples
 * drawn at random and no counter-examples, as a coach might write a rule of their own (0: the rules as written).
 */
public final class GradingEvaluationMain {

    private GradingEvaluationMain() {
    }

    static void print(GradingEvaluation.Mistake m) {
        System.out.printf(Locale.ROOT, "  %-14s %-20s expected %-14s got %-14s %.2f  %s%n", m.callId(), m.behaviour(),
                m.expected(), m.actual(), m.confidence(), m.rationale());
        m.evidence().forEach(e -> System.out.printf(Locale.ROOT, "      %6.1f s %s%s%n", e.startMs() / 1000.0, e.quote(),
                e.similarity() == null ? "" : String.format(Locale.ROOT, "  [%.2f to \"%s\"]", e.similarity(), e.example())));
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        boolean mistakes = false;
        String model = "bge";
        List<String> parts = EvaluationSet.parts(EvaluationSet.root());
        List<Integer> fewExamples = List.of();
        int draws = 3;
        String callsPrefix = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--mistakes" -> mistakes = true;
                case "--tuning-only" -> parts = List.of("tuning");
                case "--part" -> parts = List.of(args[++i]);
                case "--model" -> model = args[++i];
                case "--few-examples" -> fewExamples = Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
                case "--draws" -> draws = Integer.parseInt(args[++i]);
                case "--calls" -> callsPrefix = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        TextAnalysis analysis = TextAnalysis.withDefaultConcepts();
        long loading = System.nanoTime();
        SentenceEncoder encoder = CandidateModels.load(model);
        System.out.printf(Locale.ROOT, "model loaded in %.1f s%n", (System.nanoTime() - loading) / 1e9);
        if (!fewExamples.isEmpty()) {
            Grader remembering = new Grader(analysis, GradingSettings.DEFAULTS, new RememberingEncoder(encoder));
            List<FewExamplesEvaluation.Row> rows = FewExamplesEvaluation.run(remembering, parts, fewExamples, draws);
            if (out != null) {
                write(out, Map.of("measuredAt", Instant.now().toString(), "fewExamples", rows));
            }
            return;
        }
        Map<String, Grader> graders = new LinkedHashMap<>();
        graders.put("keywords", new Grader(analysis, GradingSettings.DEFAULTS));
        graders.put("semantic", new Grader(analysis, GradingSettings.DEFAULTS, encoder));

        List<GradingEvaluation.Report> reports = new ArrayList<>();
        for (String part : parts) {
            EvaluationSet whole = EvaluationSet.load(EvaluationSet.root(), part);
            EvaluationSet set = callsPrefix == null ? whole : whole.callsStartingWith(callsPrefix);
            List<GradingEvaluation.Report> side = new ArrayList<>();
            for (var grader : graders.entrySet()) {
                long start = System.nanoTime();
                GradingEvaluation.Report report = GradingEvaluation.run(grader.getKey(), grader.getValue(), set);
                System.out.printf(Locale.ROOT, "%s on %s: %.1f s%n", grader.getKey(), part, (System.nanoTime() - start) / 1e9);
                side.add(report);
            }
            System.out.println(EvaluationTable.of(side));
            if (mistakes && !part.startsWith("held-out")) {
                side.get(side.size() - 1).mistakes().forEach(GradingEvaluationMain::print);
            }
            reports.addAll(side);
        }
        if (out != null) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("measuredAt", Instant.now().toString());
            document.put("reports", reports.stream().map(r -> !r.part().equals("tuning") ? r.withoutMistakes() : r).toList());
            write(out, document);
        }
    }

    private static void write(Path out, Map<String, Object> document) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), document);
        System.out.println("figures written to " + out);
    }
}
