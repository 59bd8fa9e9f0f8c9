package io.callreview.scorecard.grading.evaluation;

import io.callreview.events.Evidence;
import io.callreview.events.Verdict;
import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.CallWindow;
import io.callreview.scorecard.domain.DetectionRule;
import io.callreview.scorecard.grading.BehaviourGrade;
import io.callreview.scorecard.grading.Grade;
import io.callreview.scorecard.grading.Grader;
import io.callreview.scorecard.statistics.BinaryAgreement;
import io.callreview.scorecard.transcript.Segment;
import io.callreview.scorecard.transcript.Transcript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a grader over an evaluation set and measures it: per behaviour, precision, recall and F1 of MET on whole
 * calls (abstentions, NEEDS_REVIEW, left out and counted apart), the same on single utterances, the macro-F1 over the
 * starter scorecard's five behaviours and over all, how often the grader abstained, how well its confidence is
 * calibrated, and whether the evidence of a right MET quotes a moment the labels name.
 */
public final class GradingEvaluation {

    static final String STARTER_CALL_TYPE = "discovery";
    private static final long UTTERANCE_CALL_MS = 30 * 60_000L;

    /** Outcomes of MET-or-not decisions. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives, int trueNegatives, int abstained) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        Counts add(boolean expected, Verdict verdict) {
            return add(expected, verdict, Verdict.MET);
        }

        /** One decision, read as whether the verdict is {@code positive}; NEEDS_REVIEW is an abstention. */
        Counts add(boolean expected, Verdict verdict, Verdict positive) {
            if (verdict == Verdict.NEEDS_REVIEW) {
                return new Counts(truePositives, falsePositives, falseNegatives, trueNegatives, abstained + 1);
            }
            boolean said = verdict == positive;
            return new Counts(truePositives + (said && expected ? 1 : 0), falsePositives + (said && !expected ? 1 : 0),
                    falseNegatives + (!said && expected ? 1 : 0), trueNegatives + (!said && !expected ? 1 : 0), abstained);
        }

        public int decided() {
            return truePositives + falsePositives + falseNegatives + trueNegatives;
        }

        /** Precision, recall, F1 and accuracy as the grader-accuracy analytics compute them; 0 where undefined. */
        private BinaryAgreement agreement() {
            return new BinaryAgreement(truePositives, falsePositives, falseNegatives, trueNegatives);
        }

        public double precision() {
            return orZero(agreement().precision());
        }

        public double recall() {
            return orZero(agreement().recall());
        }

        public double f1() {
            return orZero(agreement().f1());
        }

        public double accuracy() {
            return orZero(agreement().accuracy());
        }

        public double abstentionRate() {
            return ratio(abstained, decided() + abstained);
        }
    }

    public record BehaviourResult(String callType, String behaviour, Counts calls, Counts utterances) {
    }

    /** Decided verdicts whose confidence fell in [from, to), and how many of them were right. */
    public record CalibrationBucket(double from, double to, int verdicts, int correct) {

        public double accuracy() {
            return ratio(correct, verdicts);
        }
    }

    /** A call-level verdict that disagrees with the label (only reported for the tuning part). */
    public record Mistake(String callId, String behaviour, Verdict expected, Verdict actual, double confidence,
                          String rationale, List<Evidence> evidence) {
    }

    /**
     * {@code notApplicable}: NOT_APPLICABLE as the positive decision, over the behaviours that may be not applicable.
     * The F1 of MET does not see it: a behaviour graded MISSED although nothing called for it (an objection handled
     * badly that was never raised) is a true negative there.
     */
    public record Report(String grader, String part, int calls, int utterances, List<BehaviourResult> behaviours,
                         double starterMacroF1, double macroF1, double abstentionRate, double starterAbstentionRate,
                         double utteranceAccuracy, Map<String, Counts> utterancesByKind, double evidenceHitRate,
                         List<CalibrationBucket> calibration, Counts notApplicable, List<Mistake> mistakes) {

        Report withoutMistakes() {
            return new Report(grader, part, calls, utterances, behaviours, starterMacroF1, macroF1, abstentionRate,
                    starterAbstentionRate, utteranceAccuracy, utterancesByKind, evidenceHitRate, calibration, notApplicable,
                    List.of());
        }
    }

    private GradingEvaluation() {
    }

    public static Report run(String graderName, Grader grader, EvaluationSet set) {
        Map<String, Counts> calls = new LinkedHashMap<>();
        Map<String, Counts> utterances = new LinkedHashMap<>();
        Map<String, Counts> byKind = new TreeMap<>();
        set.scorecards().forEach((type, behaviours) -> behaviours.forEach(b -> {
            calls.put(type + "/" + b.key(), Counts.NONE);
            utterances.put(type + "/" + b.key(), Counts.NONE);
        }));
        double[] bucketEdges = {0.6, 0.7, 0.8, 0.9, 1.01};
        int[] bucketVerdicts = new int[bucketEdges.length - 1];
        int[] bucketCorrect = new int[bucketEdges.length - 1];
        int evidenceChecked = 0;
        int evidenceHits = 0;
        List<Mistake> mistakes = new ArrayList<>();
        Counts notApplicable = Counts.NONE;
        for (EvaluationSet.LabelledCall call : set.calls()) {
            Grade grade = grader.grade(call.transcript(), set.scorecards().get(call.callType()), call.durationMs());
            for (BehaviourGrade result : grade.behaviours()) {
                String key = result.behaviour().key();
                Verdict expected = call.expected().get(key);
                calls.merge(call.callType() + "/" + key, Counts.NONE.add(expected == Verdict.MET, result.verdict()),
                        GradingEvaluation::sum);
                if (result.behaviour().naAllowed() && result.behaviour().detection().applicableWhen() != null) {
                    notApplicable = sum(notApplicable, Counts.NONE.add(expected == Verdict.NOT_APPLICABLE, result.verdict(),
                            Verdict.NOT_APPLICABLE));
                }
                if (result.verdict() != Verdict.NEEDS_REVIEW) {
                    for (int b = 0; b < bucketVerdicts.length; b++) {
                        if (result.confidence() >= bucketEdges[b] && result.confidence() < bucketEdges[b + 1]) {
                            bucketVerdicts[b]++;
                            bucketCorrect[b] += result.verdict() == expected ? 1 : 0;
                        }
                    }
                }
                if (expected == Verdict.MET && result.verdict() == Verdict.MET && call.evidence().containsKey(key)) {
                    evidenceChecked++;
                    evidenceHits += quotesLabelledMoment(call, key, result.evidence()) ? 1 : 0;
                }
                if (result.verdict() != expected) {
                    mistakes.add(new Mistake(call.id(), key, expected, result.verdict(), result.confidence(), result.rationale(),
                            result.evidence()));
                }
            }
        }
        for (EvaluationSet.LabelledUtterance utterance : set.utterances()) {
            Behaviour behaviour = set.scorecards().get(utterance.callType()).stream()
                    .filter(b -> b.key().equals(utterance.behaviour())).findFirst().orElseThrow();
            BehaviourGrade grade = gradeAlone(grader, behaviour, utterance);
            Verdict verdict = grade.verdict();
            utterances.merge(utterance.callType() + "/" + utterance.behaviour(),
                    Counts.NONE.add(utterance.counts(), verdict), GradingEvaluation::sum);
            byKind.merge(utterance.kind(), Counts.NONE.add(utterance.counts(), verdict), GradingEvaluation::sum);
            if (verdict != (utterance.counts() ? Verdict.MET : Verdict.MISSED)) {
                mistakes.add(new Mistake(utterance.id(), utterance.behaviour() + " (" + utterance.kind() + ")",
                        utterance.counts() ? Verdict.MET : Verdict.MISSED, verdict, 0,
                        utterance.text() + "\n        " + grade.rationale(), List.of()));
            }
        }
        List<BehaviourResult> results = new ArrayList<>();
        calls.forEach((key, counts) -> results.add(new BehaviourResult(key.substring(0, key.indexOf('/')),
                key.substring(key.indexOf('/') + 1), counts, utterances.get(key))));
        List<CalibrationBucket> calibration = new ArrayList<>();
        for (int b = 0; b < bucketVerdicts.length; b++) {
            calibration.add(new CalibrationBucket(bucketEdges[b], Math.min(1.0, bucketEdges[b + 1]), bucketVerdicts[b], bucketCorrect[b]));
        }
        List<BehaviourResult> starter = results.stream().filter(r -> r.callType().equals(STARTER_CALL_TYPE)).toList();
        Counts allUtterances = results.stream().map(BehaviourResult::utterances).reduce(Counts.NONE, GradingEvaluation::sum);
        return new Report(graderName, set.name(), set.calls().size(), set.utterances().size(), results,
                macroF1(starter), macroF1(results), abstention(results), abstention(starter), allUtterances.accuracy(),
                byKind, ratio(evidenceHits, evidenceChecked), calibration, notApplicable, mistakes);
    }

    /** The utterance alone in a 30-minute call, inside the behaviour's window, where one utterance is enough. */
    private static BehaviourGrade gradeAlone(Grader grader, Behaviour behaviour, EvaluationSet.LabelledUtterance utterance) {
        DetectionRule rule = behaviour.detection();
        DetectionRule once = new DetectionRule(rule.phrases(), rule.speaker(), rule.window(), rule.question(), 1, null,
                rule.examples(), rule.counterExamples(), false, rule.openQuestion());
        Behaviour alone = new Behaviour(behaviour.key(), behaviour.question(), behaviour.guidance(), behaviour.category(),
                behaviour.weight(), behaviour.critical(), false, once);
        long at = insideWindow(rule.window());
        Transcript transcript = new Transcript(List.of(new Segment("Speaker", at, at + 6_000, utterance.text(), utterance.role())), false);
        return grader.grade(transcript, List.of(alone), UTTERANCE_CALL_MS).behaviours().get(0);
    }

    private static long insideWindow(CallWindow window) {
        long from = UTTERANCE_CALL_MS * window.fromPct() / 100;
        long to = UTTERANCE_CALL_MS * window.toPct() / 100;
        if (window.firstMinutes() != null) {
            to = Math.min(to, window.firstMinutes() * 60_000L);
        }
        if (window.lastMinutes() != null) {
            from = Math.max(from, UTTERANCE_CALL_MS - window.lastMinutes() * 60_000L);
        }
        return from + (to - from) / 3;
    }

    private static boolean quotesLabelledMoment(EvaluationSet.LabelledCall call, String key, List<Evidence> evidence) {
        List<Segment> segments = call.transcript().segments();
        for (int index : call.evidence().get(key)) {
            Segment segment = segments.get(index);
            for (Evidence quote : evidence) {
                if (quote.startMs() >= segment.startMs() && quote.startMs() < Math.max(segment.endMs(), segment.startMs() + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double macroF1(List<BehaviourResult> results) {
        return results.stream().mapToDouble(r -> r.calls().f1()).average().orElse(0);
    }

    private static double abstention(List<BehaviourResult> results) {
        Counts all = results.stream().map(BehaviourResult::calls).reduce(Counts.NONE, GradingEvaluation::sum);
        return all.abstentionRate();
    }

    private static Counts sum(Counts a, Counts b) {
        return new Counts(a.truePositives() + b.truePositives(), a.falsePositives() + b.falsePositives(),
                a.falseNegatives() + b.falseNegatives(), a.trueNegatives() + b.trueNegatives(), a.abstained() + b.abstained());
    }

    private static double orZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }

    static double ratio(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }
}
