package io.callreview.scorecard.scoring;

import io.callreview.events.CallScored;
import io.callreview.events.Verdict;
import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.BehaviourVerdict;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.domain.ScoreRevision;
import io.callreview.scorecard.domain.SettledScorecards;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the analytics tallies (V12) in step with each call's latest score: when a revision is recorded, the previous
 * latest revision's counts leave the call's day and week buckets and the new revision's enter them, in the
 * transaction that records it. Revisions of one call are recorded under a lock on the call, so the previous latest
 * revision is the one the tallies hold. Verdicts and scores are counted per rep and, in a second table each, per team
 * (V13), from the same count. The backfills of V12 and V13 compute the same counts from the stored revisions. A call set
 * aside loses its latest revision's counts, in the transaction that sets it aside, under the same lock.
 */
final class AnalyticsTallies {

    private static final List<Integer> SPANS = List.of(TallyBuckets.DAY, TallyBuckets.WEEK);

    private static final List<String> VERDICT_KEY = List.of("bucket_days", "bucket", "call_type_id", "team_id", "rep_id",
            "scorecard_version_id", "behaviour_key");
    private static final List<String> VERDICT_VALUES = List.of("met", "missed", "needs_review", "not_applicable", "lost_points");
    private static final List<String> SCORE_KEY = List.of("bucket_days", "bucket", "call_type_id", "team_id", "rep_id");
    private static final List<String> SCORE_VALUES = List.of("scored_calls", "score_sum");

    /** Per rep (V12), and the same counts per team (V13: reads that neither filter nor group by rep). */
    private final List<TallyDeltas> verdicts = List.of(
            new TallyDeltas("verdict_tally", VERDICT_KEY, VERDICT_VALUES),
            new TallyDeltas("verdict_team_tally", withoutRep(VERDICT_KEY), VERDICT_VALUES));
    private final List<TallyDeltas> scores = List.of(
            new TallyDeltas("score_tally", SCORE_KEY, SCORE_VALUES),
            new TallyDeltas("score_team_tally", withoutRep(SCORE_KEY), SCORE_VALUES));
    private static final List<String> GRADER_KEY = List.of("bucket_days", "bucket", "call_type_id", "team_id",
            "scorecard_version_id", "behaviour_key", "automatic_verdict", "coach_verdict");
    /** Per team (V12), and for the whole company (V13: grader accuracy over every team). */
    private final List<TallyDeltas> graderPairs = List.of(
            new TallyDeltas("grader_tally", GRADER_KEY, List.of("pairs")),
            new TallyDeltas("grader_company_tally", GRADER_KEY.stream().filter(c -> !c.equals("team_id")).toList(), List.of("pairs")));

    /** Moves the call's counts from {@code previous} (its latest revision until now, if any) to {@code next}. */
    static void replace(Optional<ScoreRevision> previous, ScoreRevision next, SettledScorecards scorecards) {
        AnalyticsTallies tallies = new AnalyticsTallies();
        previous.ifPresent(p -> tallies.count(p, scorecards.of(p.scorecard), -1));
        tallies.count(next, scorecards.of(next.scorecard), 1);
        tallies.write();
    }

    /** Takes the call's counts out: {@code latest}, its latest revision, no longer counts (the call was set aside). */
    static void remove(ScoreRevision latest, SettledScorecards scorecards) {
        AnalyticsTallies tallies = new AnalyticsTallies();
        tallies.count(latest, scorecards.of(latest.scorecard), -1);
        tallies.write();
    }

    private void write() {
        // Tables in the same order in every transaction, as the rows within each (see TallyDeltas).
        for (List<TallyDeltas> family : List.of(verdicts, scores, graderPairs)) {
            family.forEach(table -> table.write(SalesCall.getEntityManager()));
        }
    }

    private static List<String> withoutRep(List<String> key) {
        return key.stream().filter(column -> !column.equals("rep_id")).toList();
    }

    private static void add(List<TallyDeltas> family, Map<String, Object> dimensions, double... values) {
        family.forEach(table -> table.add(dimensions, values));
    }

    private void count(ScoreRevision revision, SettledScorecards.Settled scorecard, int sign) {
        SalesCall call = revision.call;
        Map<String, Behaviour> behaviours = scorecard.byKey();
        double decidedWeight = 0;
        double metWeight = 0;
        for (BehaviourVerdict v : revision.verdicts) {
            Behaviour behaviour = behaviours.get(v.key);
            if (behaviour != null && decided(v.verdict)) {
                decidedWeight += behaviour.weight();
                metWeight += v.verdict == Verdict.MET ? behaviour.weight() : 0;
            }
        }
        Optional<ScoreRevision> automatic = automaticRevision(revision);
        long day = TallyBuckets.day(call.startedAt);
        for (int span : SPANS) {
            long bucket = span == TallyBuckets.DAY ? day : TallyBuckets.weekStart(day);
            for (BehaviourVerdict v : revision.verdicts) {
                Behaviour behaviour = behaviours.get(v.key);
                if (behaviour == null) {
                    continue;
                }
                double lost = v.verdict == Verdict.MISSED ? 100 * behaviour.weight() / decidedWeight : 0;
                add(verdicts, Map.of("bucket_days", span, "bucket", bucket, "call_type_id", call.callType.id,
                                "team_id", call.teamId, "rep_id", call.repId, "scorecard_version_id", scorecard.id(),
                                "behaviour_key", v.key),
                        sign * is(v, Verdict.MET), sign * is(v, Verdict.MISSED), sign * is(v, Verdict.NEEDS_REVIEW),
                        sign * is(v, Verdict.NOT_APPLICABLE), sign * lost);
                Optional<BehaviourVerdict> automaticVerdict = v.coachDecided ? automatic.flatMap(a -> a.verdict(v.key)) : Optional.empty();
                automaticVerdict.ifPresent(a -> add(graderPairs, Map.of("bucket_days", span, "bucket", bucket,
                        "call_type_id", call.callType.id, "team_id", call.teamId, "scorecard_version_id", automatic.get().scorecard.id,
                        "behaviour_key", v.key, "automatic_verdict", a.verdict.name(), "coach_verdict", v.verdict.name()), sign));
            }
            if (decidedWeight > 0) {
                add(scores, Map.of("bucket_days", span, "bucket", bucket, "call_type_id", call.callType.id, "team_id", call.teamId,
                        "rep_id", call.repId), sign, sign * 100 * metWeight / decidedWeight);
            }
        }
    }

    /** Revision 1 when the grader made it: what coach-decided verdicts are compared with. */
    private static Optional<ScoreRevision> automaticRevision(ScoreRevision revision) {
        if (revision.verdicts.stream().noneMatch(v -> v.coachDecided)) {
            return Optional.empty();
        }
        Optional<ScoreRevision> first = revision.revision == 1 ? Optional.of(revision) : ScoreRevision.findRevision(revision.call, 1);
        return first.filter(r -> r.scorerKind == CallScored.ScorerKind.AUTOMATIC);
    }

    private static boolean decided(Verdict verdict) {
        return verdict == Verdict.MET || verdict == Verdict.MISSED;
    }

    private static int is(BehaviourVerdict v, Verdict verdict) {
        return v.verdict == verdict ? 1 : 0;
    }
}
