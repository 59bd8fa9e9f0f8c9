package io.callreview.scorecard.call;

import io.callreview.events.CallScored;
import io.callreview.events.Verdict;
import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.BehaviourVerdict;
import io.callreview.scorecard.domain.CallTranscript;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.domain.ScoreRevision;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns stored calls and scores into what the API answers and what the CallScored event carries. */
public final class CallViews {

    private CallViews() {
    }

    static CallView call(SalesCall call, CallTranscript transcript, ScoreRevision latest) {
        TranscriptSummary summary = transcript == null ? null : new TranscriptSummary(transcript.format,
                transcript.wordCount, transcript.segments.size(), transcript.timingEstimated);
        return new CallView(call.id, call.externalId, call.source, call.repId, call.teamId, call.callType.key,
                call.scorecard.version, call.startedAt, call.durationSeconds, call.recordingUrl, call.participants,
                call.status, call.receivedAt, summary, latest == null ? null : score(latest));
    }

    static CallView call(SalesCall call) {
        return call(call, CallTranscript.findById(call.id), ScoreRevision.latest(call).orElse(null));
    }

    static CallPage.CallSummary summary(SalesCall call, ScoreRevision latest) {
        return new CallPage.CallSummary(call.id, call.externalId, call.source, call.repId, call.teamId, call.callType.key,
                call.startedAt, call.durationSeconds, call.status, latest == null ? null : latest.revision,
                latest == null ? null : latest.overallScore, latest != null && latest.autoFailed,
                latest != null && latest.reviewRequired);
    }

    static ScoreView score(ScoreRevision score) {
        Map<String, Behaviour> definitions = definitions(score);
        List<BehaviourVerdictView> behaviours = score.verdicts.stream().map(v -> {
            Behaviour b = definitions.get(v.key);
            return new BehaviourVerdictView(v.key, b.question(), b.category(), b.weight(), b.critical(), v.verdict,
                    v.confidence, v.evidence, v.expectedAtMs, v.rationale, v.comment);
        }).toList();
        return new ScoreView(score.call.id, score.revision, score.status,
                new CallScored.Scorer(score.scorerKind, score.scorerId), score.scorecard.version, score.overallScore,
                score.autoFailed, score.reviewRequired, score.createdAt, behaviours, score.metrics,
                strengthOf(score, definitions), focusOf(score, definitions), score.momentsOrEmpty(), score.comment);
    }

    /** The event announcing a score revision; strength and focus lead coaching with what went well. */
    public static CallScored event(ScoreRevision score) {
        SalesCall call = score.call;
        Map<String, Behaviour> definitions = definitions(score);
        List<CallScored.BehaviourResult> results = score.verdicts.stream().map(v -> {
            Behaviour b = definitions.get(v.key);
            return new CallScored.BehaviourResult(v.key, b.question(), b.category().name(), b.weight(), b.critical(),
                    v.verdict, v.confidence, v.evidence, v.expectedAtMs, v.comment);
        }).toList();
        return new CallScored(call.id, call.externalId, call.source, call.repId, call.teamId, call.callType.key,
                score.revision, new CallScored.Scorer(score.scorerKind, score.scorerId), score.scorecard.version,
                score.overallScore, score.autoFailed, call.startedAt, call.durationSeconds, call.recordingUrl,
                score.createdAt, results, strengthOf(score, definitions), focusOf(score, definitions),
                score.momentsOrEmpty().stream().map(m -> new CallScored.Moment(m.atMs(), m.behaviourKey(), m.comment())).toList());
    }

    /** What the coach marked, else derived from the verdicts. */
    private static String strengthOf(ScoreRevision score, Map<String, Behaviour> definitions) {
        return score.strengthBehaviourKey != null ? score.strengthBehaviourKey : strength(score.verdicts, definitions);
    }

    private static String focusOf(ScoreRevision score, Map<String, Behaviour> definitions) {
        return score.focusBehaviourKey != null ? score.focusBehaviourKey : focus(score.verdicts, definitions);
    }

    /** The heaviest behaviour the rep MET. */
    private static String strength(List<BehaviourVerdict> verdicts, Map<String, Behaviour> definitions) {
        return verdicts.stream().filter(v -> v.verdict == Verdict.MET)
                .max(Comparator.comparingDouble((BehaviourVerdict v) -> definitions.get(v.key).weight())
                        .thenComparing(v -> -v.position))
                .map(v -> v.key).orElse(null);
    }

    /** The MISSED behaviour that matters most: critical first, then the heaviest. */
    private static String focus(List<BehaviourVerdict> verdicts, Map<String, Behaviour> definitions) {
        return verdicts.stream().filter(v -> v.verdict == Verdict.MISSED)
                .max(Comparator.comparing((BehaviourVerdict v) -> definitions.get(v.key).critical())
                        .thenComparingDouble(v -> definitions.get(v.key).weight())
                        .thenComparing(v -> -v.position))
                .map(v -> v.key).orElse(null);
    }

    private static Map<String, Behaviour> definitions(ScoreRevision score) {
        return score.scorecard.behaviourValues().stream().collect(Collectors.toMap(Behaviour::key, Function.identity()));
    }
}
