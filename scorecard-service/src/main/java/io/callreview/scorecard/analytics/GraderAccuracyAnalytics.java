package io.callreview.scorecard.analytics;

import io.callreview.scorecard.access.CallScope;
import io.callreview.scorecard.access.ScopeResolver;
import io.callreview.scorecard.statistics.BinaryAgreement;
import io.callreview.scorecard.support.Numbers;
import io.callreview.scorecard.support.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The automatic grader against coaches. For each call of the scope whose latest score holds coach-decided verdicts
 * (a finalised review, or the behaviour of an accepted dispute), each such verdict is compared with the automatic
 * verdict of revision 1, MET being the positive class. A coach's NOT_APPLICABLE leaves the call out (the behaviour
 * had nothing to detect); the grader's NEEDS_REVIEW and NOT_APPLICABLE count as "not MET": it did not credit the
 * behaviour, so a coach's MET there is a miss of recall. Worst kappa first.
 */
@ApplicationScoped
public class GraderAccuracyAnalytics {

    /** Latest verdicts {@code v} decided by coaches beside the automatic verdicts {@code a} of revision 1 ({@code s1}). */
    private static final String AUTOMATIC_AGAINST_COACH = AnalyticsSql.LATEST_VERDICTS + """
            JOIN score_revision s1 ON s1.call_id = c.id AND s1.revision = 1 AND s1.scorer_kind = 'AUTOMATIC'
            JOIN behaviour_verdict a ON a.score_revision_id = s1.id AND a.behaviour_key = v.behaviour_key
            """;

    /**
     * The grader tallies as {@code c}, with their call type {@code t} (see {@link PeriodCoverage#tallyRows}): per team
     * (V12) when the scope names teams, else for the whole company (V13), without the team.
     */
    private static String graderTallies(CallScope scope) {
        return "FROM " + (scope.teams() == null ? "grader_company_tally" : "grader_tally") + " c\nJOIN call_type t ON t.id = c.call_type_id\n";
    }

    @Inject
    ScopeResolver scopes;

    @Inject
    TallyReading tallyReading;

    @Transactional
    public GraderAccuracyView accuracy(String teamId, String callType, Instant from, Instant to) {
        CallScope scope = scopes.period(teamId, null, callType, from, to);
        PeriodCoverage coverage = PeriodCoverage.of(scope, tallyReading.enabled());
        List<Object[]> rows = new ArrayList<>(coverage.callRows(range -> AnalyticsSql.rows(
                "SELECT a.behaviour_key, a.verdict, v.verdict, COUNT(*)", AUTOMATIC_AGAINST_COACH, range,
                "v.coach_decided = TRUE", "GROUP BY a.behaviour_key, a.verdict, v.verdict")));
        rows.addAll(coverage.tallyRows("SELECT c.behaviour_key, c.automatic_verdict, c.coach_verdict, SUM(c.pairs)",
                graderTallies(scope), "GROUP BY c.behaviour_key, c.automatic_verdict, c.coach_verdict HAVING SUM(c.pairs) > 0"));
        // behaviour -> tp, fp, fn, tn, needsReview, notApplicable, coachNotApplicable
        Map<String, long[]> tallies = new TreeMap<>();
        for (Object[] row : rows) {
            long[] t = tallies.computeIfAbsent(SqlValues.string(row[0]), k -> new long[7]);
            String automatic = SqlValues.string(row[1]);
            String coach = SqlValues.string(row[2]);
            long n = SqlValues.longValue(row[3]);
            if ("NOT_APPLICABLE".equals(coach)) {
                t[6] += n;
                continue;
            }
            boolean predicted = "MET".equals(automatic);
            boolean actual = "MET".equals(coach);
            t[predicted ? (actual ? 0 : 1) : (actual ? 2 : 3)] += n;
            if ("NEEDS_REVIEW".equals(automatic)) {
                t[4] += n;
            } else if ("NOT_APPLICABLE".equals(automatic)) {
                t[5] += n;
            }
        }
        List<GraderAccuracyView.Behaviour> behaviours = tallies.entrySet().stream().map(e -> {
            long[] t = e.getValue();
            BinaryAgreement agreement = new BinaryAgreement(t[0], t[1], t[2], t[3]);
            return new GraderAccuracyView.Behaviour(e.getKey(), agreement.total(), t[0], t[1], t[2], t[3],
                    Numbers.finite(agreement.precision()), Numbers.finite(agreement.recall()), Numbers.finite(agreement.f1()),
                    Numbers.finite(agreement.kappa()), t[4], t[5], t[6]);
        }).sorted(Comparator.comparing(GraderAccuracyView.Behaviour::kappa, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(GraderAccuracyView.Behaviour::behaviourKey)).toList();
        return new GraderAccuracyView(scope.from(), scope.to(), behaviours, versions(scope, coverage));
    }

    /**
     * The same comparison pooled over behaviours, per call type and scorecard version the calls were graded with:
     * whether a new version (new examples, accepted suggestions) grades closer to the coaches than the one before.
     */
    private static List<GraderAccuracyView.Version> versions(CallScope scope, PeriodCoverage coverage) {
        Map<List<Object>, long[]> tallies = new TreeMap<>(Comparator.comparing((List<Object> k) -> (String) k.get(0))
                .thenComparing(k -> (Integer) k.get(1)));
        List<Object[]> rows = new ArrayList<>(coverage.callRows(range -> AnalyticsSql.rows(
                "SELECT t.type_key, sv.version, a.verdict, v.verdict, COUNT(*)",
                AUTOMATIC_AGAINST_COACH + "JOIN scorecard_version sv ON sv.id = s1.scorecard_version_id\n", range,
                "v.coach_decided = TRUE AND v.verdict <> 'NOT_APPLICABLE'", "GROUP BY t.type_key, sv.version, a.verdict, v.verdict")));
        rows.addAll(coverage.tallyRows("SELECT t.type_key, sv.version, c.automatic_verdict, c.coach_verdict, SUM(c.pairs)",
                graderTallies(scope) + "JOIN scorecard_version sv ON sv.id = c.scorecard_version_id\n",
                "c.coach_verdict <> 'NOT_APPLICABLE'", "GROUP BY t.type_key, sv.version, c.automatic_verdict, c.coach_verdict"
                        + " HAVING SUM(c.pairs) > 0"));
        for (Object[] row : rows) {
            long[] t = tallies.computeIfAbsent(List.of(SqlValues.string(row[0]), ((Number) row[1]).intValue()), k -> new long[4]);
            boolean predicted = "MET".equals(SqlValues.string(row[2]));
            boolean actual = "MET".equals(SqlValues.string(row[3]));
            t[predicted ? (actual ? 0 : 1) : (actual ? 2 : 3)] += SqlValues.longValue(row[4]);
        }
        return tallies.entrySet().stream().map(e -> {
            long[] t = e.getValue();
            BinaryAgreement agreement = new BinaryAgreement(t[0], t[1], t[2], t[3]);
            return new GraderAccuracyView.Version((String) e.getKey().get(0), (Integer) e.getKey().get(1), agreement.total(),
                    Numbers.finite(agreement.precision()), Numbers.finite(agreement.recall()), Numbers.finite(agreement.f1()),
                    Numbers.finite(agreement.kappa()));
        }).toList();
    }
}
