package io.callreview.scorecard.grading.evaluation;

import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.DetectionRule;
import io.callreview.scorecard.grading.Grader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * How the semantic grader does with rules taught the way a coach writing their own might teach them: every
 * behaviour's examples cut to a few drawn at random, its counter-examples dropped, its phrases kept. The figures are
 * the mean over several draws; the draws depend only on the seed, so two graders meet the same rules.
 */
final class FewExamplesEvaluation {

    /** The mean figures of one part with rules of {@code examples} examples ({@code 0}: the rules as written). */
    record Row(String part, int examples, int draws, double starterMacroF1, double macroF1, double starterAbstentionRate) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-9s %-13s %6.3f %6.3f %6.1f%%", part,
                    examples == 0 ? "as written" : examples + " (" + draws + " draws)", starterMacroF1, macroF1,
                    100 * starterAbstentionRate);
        }
    }

    private FewExamplesEvaluation() {
    }

    static List<Row> run(Grader grader, List<String> parts, List<Integer> sizes, int draws) {
        List<Row> rows = new ArrayList<>();
        System.out.println("part      examples       starter    all  NEEDS_REVIEW (starter)");
        for (String part : parts) {
            EvaluationSet set = EvaluationSet.load(EvaluationSet.root(), part);
            for (int examples : sizes) {
                int runs = examples == 0 ? 1 : draws;
                double starter = 0;
                double all = 0;
                double abstention = 0;
                for (int draw = 1; draw <= runs; draw++) {
                    EvaluationSet taught = examples == 0 ? set : withFewExamples(set, examples, new Random(31L * draw + examples));
                    GradingEvaluation.Report report = GradingEvaluation.run("semantic", grader, taught);
                    starter += report.starterMacroF1() / runs;
                    all += report.macroF1() / runs;
                    abstention += report.starterAbstentionRate() / runs;
                }
                Row row = new Row(part, examples, runs, starter, all, abstention);
                System.out.println(row);
                rows.add(row);
            }
        }
        return rows;
    }

    static EvaluationSet withFewExamples(EvaluationSet set, int examples, Random random) {
        Map<String, List<Behaviour>> scorecards = new LinkedHashMap<>();
        set.scorecards().forEach((callType, behaviours) -> scorecards.put(callType,
                behaviours.stream().map(b -> withFewExamples(b, examples, random)).toList()));
        return new EvaluationSet(set.name(), scorecards, set.calls(), set.utterances());
    }

    private static Behaviour withFewExamples(Behaviour behaviour, int examples, Random random) {
        DetectionRule rule = behaviour.detection();
        if (rule.examples().size() <= examples) {
            return behaviour;
        }
        List<String> drawn = new ArrayList<>(rule.examples());
        Collections.shuffle(drawn, random);
        DetectionRule taught = new DetectionRule(rule.phrases(), rule.speaker(), rule.window(), rule.question(),
                rule.minCount(), rule.applicableWhen(), List.copyOf(drawn.subList(0, examples)), List.of(),
                rule.buildsOnProspect(), rule.openQuestion());
        return new Behaviour(behaviour.key(), behaviour.question(), behaviour.guidance(), behaviour.category(),
                behaviour.weight(), behaviour.critical(), behaviour.naAllowed(), taught);
    }
}
