package io.callreview.scorecard.service;

import io.callreview.events.CallScored;
import io.callreview.events.EventContract;
import io.callreview.events.Evidence;
import io.callreview.events.Verdict;
import io.callreview.platform.outbox.Outbox;
import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.BehaviourVerdict;
import io.callreview.scorecard.domain.CallStatus;
import io.callreview.scorecard.domain.Moment;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.domain.ScoreRevision;
import io.callreview.scorecard.domain.ScoreStatus;
import io.callreview.scorecard.domain.ScorecardVersion;
import io.callreview.scorecard.grading.BehaviourGrade;
import io.callreview.scorecard.grading.Grade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Appends a coach's score revision to a call and announces it. Earlier revisions stay as they are; the new one
 * gets the next number under a lock on the call, its score and auto-fail are computed from its own verdicts the
 * way the grader computes them, and its {@code CallScored} goes into the outbox in the caller's transaction.
 */
@ApplicationScoped
class ScoreRevisions {

    /** What a coach tells the rep besides verdicts; null strength or focus means derived from the verdicts. */
    record Feedback(String strengthBehaviourKey, String focusBehaviourKey, List<Moment> moments, String comment) {
    }

    /** Where a revision came from: a finalised review or an accepted dispute. */
    record Origin(String reviewId, String disputeId) {
        static Origin review(String id) {
            return new Origin(id, null);
        }

        static Origin dispute(String id) {
            return new Origin(null, id);
        }
    }

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** {@code verdicts} holds one decided verdict for every behaviour of {@code scorecard}. */
    @Transactional(Transactional.TxType.MANDATORY)
    ScoreRevision append(SalesCall call, ScorecardVersion scorecard, String coachId, List<CoachVerdict> verdicts,
                         Feedback feedback, Origin origin) {
        lock(call);
        Optional<ScoreRevision> previous = ScoreRevision.latest(call);
        Optional<ScoreRevision> automatic = ScoreRevision.findRevision(call, 1);
        Map<String, CoachVerdict> byKey = verdicts.stream().collect(Collectors.toMap(CoachVerdict::behaviourKey, Function.identity()));

        ScoreRevision score = new ScoreRevision();
        score.call = call;
        score.revision = previous.map(p -> p.revision + 1).orElse(1);
        score.scorerKind = CallScored.ScorerKind.COACH;
        score.scorerId = coachId;
        score.scorecard = scorecard;
        score.status = ScoreStatus.REVIEWED;
        score.reviewRequired = false;
        score.metrics = automatic.or(() -> previous).map(s -> s.metrics).orElse(null);
        score.comment = feedback.comment();
        score.strengthBehaviourKey = feedback.strengthBehaviourKey();
        score.focusBehaviourKey = feedback.focusBehaviourKey();
        score.moments = List.copyOf(feedback.moments());
        score.reviewId = origin.reviewId();
        score.disputeId = origin.disputeId();
        score.createdAt = clock.instant();

        List<BehaviourGrade> grades = new ArrayList<>();
        List<Behaviour> behaviours = scorecard.behaviourValues();
        for (int position = 0; position < behaviours.size(); position++) {
            Behaviour behaviour = behaviours.get(position);
            CoachVerdict decided = byKey.get(behaviour.key());
            if (decided == null || decided.verdict() == Verdict.NEEDS_REVIEW) {
                throw new IllegalStateException("no decided verdict for " + behaviour.key());
            }
            // Evidence still supports the verdict when an earlier revision reached the same one.
            Optional<BehaviourVerdict> source = previous.flatMap(p -> p.verdict(behaviour.key()))
                    .filter(v -> v.verdict == decided.verdict())
                    .or(() -> automatic.flatMap(a -> a.verdict(behaviour.key())).filter(v -> v.verdict == decided.verdict()));
            BehaviourVerdict verdict = new BehaviourVerdict();
            verdict.score = score;
            verdict.position = position;
            verdict.key = behaviour.key();
            verdict.verdict = decided.verdict();
            verdict.confidence = 1.0;
            verdict.evidence = source.map(v -> v.evidence).orElse(List.<Evidence>of());
            verdict.expectedAtMs = source.map(v -> v.expectedAtMs).orElse(null);
            verdict.rationale = decided.rationale();
            verdict.comment = decided.comment();
            score.verdicts.add(verdict);
            grades.add(new BehaviourGrade(behaviour, verdict.verdict, verdict.confidence, verdict.evidence,
                    verdict.expectedAtMs, verdict.rationale));
        }
        Grade grade = Grade.of(grades, score.metrics);
        score.overallScore = grade.overallScore();
        score.autoFailed = grade.autoFailed();
        score.persist();

        call.status = CallStatus.REVIEWED;
        outbox.publish(EventContract.CALL_SCORED, CallViews.event(score));
        return score;
    }

    /** Serialises revisions of one call, so two coaches finalising at once get consecutive numbers. */
    static void lock(SalesCall call) {
        // Native SQL: Hibernate's MySQL 8 form "FOR UPDATE OF alias" is not understood by MariaDB.
        SalesCall.getEntityManager().createNativeQuery("SELECT id FROM sales_call WHERE id = ?1 FOR UPDATE")
                .setParameter(1, call.id)
                .getSingleResult();
        SalesCall.getEntityManager().refresh(call);
    }
}
