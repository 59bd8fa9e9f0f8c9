package io.callreview.scorecard.scoring;

import io.callreview.events.CallScored;
import io.callreview.events.EventContract;
import io.callreview.events.Evidence;
import io.callreview.events.Verdict;
import io.callreview.platform.outbox.Outbox;
import io.callreview.platform.persistence.RowLocks;
import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.BehaviourVerdict;
import io.callreview.scorecard.domain.CallStatus;
import io.callreview.scorecard.domain.Moment;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.domain.ScoreRevision;
import io.callreview.scorecard.domain.ScoreStatus;
import io.callreview.scorecard.domain.ScorecardVersion;
import io.callreview.scorecard.domain.SettledScorecards;
import io.callreview.scorecard.grading.BehaviourGrade;
import io.callreview.scorecard.grading.Grade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records the score revisions of a call and announces each one. Revision 1 is the grader's; every later one is a
 * coach's (a finalised review or an accepted dispute), numbered under a lock on the call, with its score and
 * auto-fail computed from its own verdicts the way the grader computes them. Earlier revisions stay as they are.
 * Each revision's {@code CallScored} goes into the outbox in the caller's transaction.
 */
@ApplicationScoped
public class ScoreRecorder {

    /** What a coach tells the rep besides verdicts; null strength or focus means derived from the verdicts. */
    public record Feedback(String strengthBehaviourKey, String focusBehaviourKey, List<Moment> moments, String comment) {
    }

    /** Where a coach's revision came from: a finalised review or an accepted dispute. */
    public record Origin(String reviewId, String disputeId) {
        public static Origin review(String id) {
            return new Origin(id, null);
        }

        public static Origin dispute(String id) {
            return new Origin(null, id);
        }
    }

    /** One verdict of a new revision. */
    public record Entry(String behaviourKey, Verdict verdict, double confidence, List<Evidence> evidence, Long expectedAtMs,
                 String rationale, String comment, boolean coachDecided) {

        /** A verdict carried over unchanged from an earlier revision. */
        public static Entry carriedOver(BehaviourVerdict stored) {
            return new Entry(stored.key, stored.verdict, stored.confidence, stored.evidence, stored.expectedAtMs,
                    stored.rationale, stored.comment, stored.coachDecided);
        }

        static Entry graded(BehaviourGrade grade) {
            return new Entry(grade.behaviour().key(), grade.verdict(), grade.confidence(), grade.evidence(),
                    grade.expectedAtMs(), grade.rationale(), null, false);
        }
    }

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    SettledScorecards scorecards;

    /**
     * A coach's decision on a behaviour. The evidence of an earlier revision (the latest, else the automatic one)
     * is kept when that revision reached the same verdict: it still supports it, and so does its rationale when the
     * coach gives none of their own.
     */
    public static Entry coachDecided(SalesCall call, CoachVerdict verdict) {
        return coachDecided(call, verdict, List.of());
    }

    /** {@link #coachDecided(SalesCall, CoachVerdict)} with the excerpts the coach pointed at, which replace any other evidence. */
    public static Entry coachDecided(SalesCall call, CoachVerdict verdict, List<Evidence> pinned) {
        Optional<BehaviourVerdict> source = ScoreRevision.latest(call).flatMap(p -> p.verdict(verdict.behaviourKey()))
                .filter(v -> v.verdict == verdict.verdict())
                .or(() -> ScoreRevision.findRevision(call, 1).flatMap(a -> a.verdict(verdict.behaviourKey()))
                        .filter(v -> v.verdict == verdict.verdict()));
        List<Evidence> evidence = pinned.isEmpty() ? source.map(v -> v.evidence).orElse(List.of()) : pinned;
        return new Entry(verdict.behaviourKey(), verdict.verdict(), 1.0, evidence,
                source.map(v -> v.expectedAtMs).orElse(null),
                verdict.rationale() != null ? verdict.rationale() : source.map(v -> v.rationale).orElse(null), verdict.comment(), true);
    }

    /** Revision 1: the grader's grade of a call just stored, which is AUTO_SCORED from then on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ScoreRevision recordAutomatic(SalesCall call, Grade grade, Instant at) {
        ScoreRevision score = new ScoreRevision();
        score.call = call;
        score.revision = 1;
        score.scorerKind = CallScored.ScorerKind.AUTOMATIC;
        score.scorecard = call.scorecard;
        score.status = ScoreStatus.AUTO_SCORED;
        score.metrics = grade.metrics();
        score.createdAt = at;
        int position = 0;
        for (BehaviourGrade behaviour : grade.behaviours()) {
            addVerdict(score, position++, Entry.graded(behaviour));
        }
        call.status = CallStatus.AUTO_SCORED;
        return store(score, grade, Optional.empty());
    }

    /**
     * The next revision, by a coach. {@code entries} holds one verdict for every behaviour of {@code scorecard};
     * coaches decide, never NEEDS_REVIEW. A revision from a review marks the call REVIEWED.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ScoreRevision recordCoachRevision(SalesCall call, ScorecardVersion scorecard, String coachId, List<Entry> entries,
                                             Feedback feedback, Origin origin) {
        lock(call);
        call.refuseWhenSetAside("callId", "a coach's score revision");
        Optional<ScoreRevision> previous = ScoreRevision.latest(call);
        Map<String, Entry> byKey = entries.stream().collect(Collectors.toMap(Entry::behaviourKey, Function.identity()));

        ScoreRevision score = new ScoreRevision();
        score.call = call;
        score.revision = previous.map(p -> p.revision + 1).orElse(1);
        score.scorerKind = CallScored.ScorerKind.COACH;
        score.scorerId = coachId;
        score.scorecard = scorecard;
        score.status = ScoreStatus.REVIEWED;
        score.metrics = ScoreRevision.findRevision(call, 1).or(() -> previous).map(s -> s.metrics).orElse(null);
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
            Entry entry = byKey.get(behaviour.key());
            if (entry == null || entry.coachDecided() && entry.verdict() == Verdict.NEEDS_REVIEW) {
                throw new IllegalStateException("no verdict for " + behaviour.key());
            }
            BehaviourVerdict verdict = addVerdict(score, position, entry);
            grades.add(new BehaviourGrade(behaviour, verdict.verdict, verdict.confidence, verdict.evidence,
                    verdict.expectedAtMs, verdict.rationale));
        }
        if (origin.reviewId() != null) {
            call.status = CallStatus.REVIEWED;
        }
        return store(score, Grade.of(grades, score.metrics), previous);
    }

    /**
     * Takes a call an admin sets aside out of the figures: its latest revision's counts leave the analytics tallies and
     * the rep's consistency buckets count a change, in the caller's transaction, under the lock revisions are recorded
     * under. The revisions themselves stay as they were.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setAside(SalesCall call) {
        lock(call);
        Optional<ScoreRevision> latest = ScoreRevision.latest(call);
        if (latest.isPresent()) {
            AnalyticsTallies.remove(latest.get(), scorecards);
            ConsistencyChanges.count(call);
        }
    }

    /**
     * Files a call under another rep (an admin's correction of a call posted under the wrong one), under the lock
     * revisions are recorded under: the latest revision's counts leave the old rep's tallies and consistency buckets,
     * and the next revision, the same verdicts by the same scorer, is recorded under the new rep and announced, so that
     * coaching-service moves the call from one rep's history to the other's. Answers that revision; empty for a call
     * not graded yet, which is graded under the new rep.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ScoreRevision> moveToRep(SalesCall call, String repId, String teamId) {
        lock(call);
        Optional<ScoreRevision> latest = ScoreRevision.latest(call);
        latest.ifPresent(score -> {
            AnalyticsTallies.remove(score, scorecards);
            ConsistencyChanges.count(call);
        });
        call.repId = repId;
        call.teamId = teamId;
        return latest.map(this::underNewRep);
    }

    private ScoreRevision underNewRep(ScoreRevision latest) {
        ScoreRevision score = new ScoreRevision();
        score.call = latest.call;
        score.revision = latest.revision + 1;
        score.scorerKind = latest.scorerKind;
        score.scorerId = latest.scorerId;
        score.scorecard = latest.scorecard;
        score.status = latest.status;
        score.metrics = latest.metrics;
        score.comment = latest.comment;
        score.strengthBehaviourKey = latest.strengthBehaviourKey;
        score.focusBehaviourKey = latest.focusBehaviourKey;
        score.moments = latest.moments;
        score.reviewId = latest.reviewId;
        score.createdAt = clock.instant();
        Map<String, Behaviour> behaviours = scorecards.of(latest.scorecard).byKey();
        List<BehaviourGrade> grades = new ArrayList<>();
        for (BehaviourVerdict stored : latest.verdicts) {
            BehaviourVerdict verdict = addVerdict(score, stored.position, Entry.carriedOver(stored));
            grades.add(new BehaviourGrade(behaviours.get(verdict.key), verdict.verdict, verdict.confidence, verdict.evidence,
                    verdict.expectedAtMs, verdict.rationale));
        }
        return store(score, new Grade(grades, latest.overallScore, latest.autoFailed, latest.reviewRequired, latest.metrics),
                Optional.empty());
    }

    /**
     * Stores the revision with the headline of its grade, moves the analytics tallies from the {@code previous} latest
     * revision to it, counts a change of the rep's consistency buckets, and puts its CallScored into the outbox.
     */
    private ScoreRevision store(ScoreRevision score, Grade grade, Optional<ScoreRevision> previous) {
        score.overallScore = grade.overallScore();
        score.autoFailed = grade.autoFailed();
        score.reviewRequired = grade.reviewRequired();
        score.persist();
        AnalyticsTallies.replace(previous, score, scorecards);
        ConsistencyChanges.count(score.call);
        outbox.publish(EventContract.CALL_SCORED, CallScoredEvents.of(score, scorecards.of(score.scorecard)));
        return score;
    }

    private static BehaviourVerdict addVerdict(ScoreRevision score, int position, Entry entry) {
        BehaviourVerdict verdict = new BehaviourVerdict();
        verdict.score = score;
        verdict.position = position;
        verdict.key = entry.behaviourKey();
        verdict.verdict = entry.verdict();
        verdict.confidence = entry.confidence();
        verdict.evidence = List.copyOf(entry.evidence());
        verdict.expectedAtMs = entry.expectedAtMs();
        verdict.rationale = entry.rationale();
        verdict.comment = entry.comment();
        verdict.coachDecided = entry.coachDecided();
        score.verdicts.add(verdict);
        return verdict;
    }

    /** Serialises revisions of one call, so two coaches finalising at once get consecutive numbers. */
    private static void lock(SalesCall call) {
        RowLocks.lock(SalesCall.getEntityManager(), call);
    }
}
