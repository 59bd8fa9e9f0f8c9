package io.callreview.scorecard.scoring;

import io.callreview.events.CallScored;
import io.callreview.scorecard.domain.BehaviourVerdict;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.domain.ScoreRevision;
import io.callreview.scorecard.domain.ScoreStatus;
import io.callreview.scorecard.grading.BehaviourGrade;
import io.callreview.scorecard.grading.Grade;
import java.time.Instant;

/** Stores a grade as the next score revision of a call. */
public final class ScoreRecorder {

    private ScoreRecorder() {
    }

    public static ScoreRevision automatic(SalesCall call, Grade grade, Instant at) {
        ScoreRevision score = new ScoreRevision();
        score.call = call;
        score.revision = 1;
        score.scorerKind = CallScored.ScorerKind.AUTOMATIC;
        score.scorecard = call.scorecard;
        score.status = ScoreStatus.AUTO_SCORED;
        score.overallScore = grade.overallScore();
        score.autoFailed = grade.autoFailed();
        score.reviewRequired = grade.reviewRequired();
        score.metrics = grade.metrics();
        score.createdAt = at;
        int position = 0;
        for (BehaviourGrade behaviour : grade.behaviours()) {
            BehaviourVerdict verdict = new BehaviourVerdict();
            verdict.score = score;
            verdict.position = position++;
            verdict.key = behaviour.behaviour().key();
            verdict.verdict = behaviour.verdict();
            verdict.confidence = behaviour.confidence();
            verdict.expectedAtMs = behaviour.expectedAtMs();
            verdict.evidence = behaviour.evidence();
            verdict.rationale = behaviour.rationale();
            score.verdicts.add(verdict);
        }
        score.persist();
        return score;
    }
}
