package io.callreview.scorecard.scoring;

import io.callreview.events.CallScored;
import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.domain.ScoreRevision;
import io.callreview.scorecard.domain.SettledScorecards;
import java.util.List;
import java.util.Map;

/** The {@code CallScored} event announcing a score revision, built from the revision and its call as stored. */
final class CallScoredEvents {

    /** Examples a behaviour's result carries for coaching-service's training units: a few, not the grader's whole set. */
    static final int EXAMPLES = 5;

    private CallScoredEvents() {
    }

    static CallScored of(ScoreRevision score, SettledScorecards.Settled scorecard) {
        SalesCall call = score.call;
        Map<String, Behaviour> definitions = scorecard.byKey();
        List<CallScored.BehaviourResult> results = score.verdicts.stream().map(v -> {
            Behaviour b = definitions.get(v.key);
            return new CallScored.BehaviourResult(v.key, b.question(), b.category().name(), b.weight(), b.critical(),
                    v.verdict, v.confidence, v.evidence, v.expectedAtMs, v.comment, b.guidance(),
                    b.detection().examples().stream().limit(EXAMPLES).toList());
        }).toList();
        StrengthAndFocus strengthAndFocus = StrengthAndFocus.of(score, definitions);
        return new CallScored(call.id, call.externalId, call.source, call.repId, call.teamId, scorecard.callTypeKey(),
                score.revision, new CallScored.Scorer(score.scorerKind, score.scorerId), scorecard.version(),
                score.overallScore, score.autoFailed, call.startedAt, call.durationSeconds, call.recordingUrl,
                score.createdAt, results, strengthAndFocus.strength(), strengthAndFocus.focus(),
                score.momentsOrEmpty().stream().map(m -> new CallScored.Moment(m.atMs(), m.behaviourKey(), m.comment())).toList(),
                score.disputeId, score.comment);
    }
}
