package io.callreview.scorecard.analytics;

import io.callreview.platform.problem.ApiException;
import io.callreview.scorecard.access.CallScope;
import io.callreview.scorecard.access.ScopeResolver;
import io.callreview.scorecard.support.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Top gaps: for each behaviour, how many score points the average call of the scope would gain if the behaviour had
 * been MET wherever it was MISSED. On one call, a MISSED behaviour of weight w out of D decided weight costs
 * 100 * w / D points; a gap is the sum of those costs over the calls, divided by the calls. Weights come from the
 * scorecard version each score was graded with; latest revision per call.
 */
@ApplicationScoped
public class GapAnalytics {

    public static final int MAX_LIMIT = 9;

    @Inject
    ScopeResolver scopes;

    @Inject
    TallyReading tallyReading;

    /** What the gaps add up per behaviour; the behaviour is described as in the newest scorecard version met. */
    private static final class Tally {
        long versionId = Long.MIN_VALUE;
        String question;
        double weight;
        boolean critical;
        long decided;
        long missed;
        double lostPoints;

        void describe(long scorecardVersionId, double weight, boolean critical, String question) {
            if (scorecardVersionId > versionId) {
                versionId = scorecardVersionId;
                this.weight = weight;
                this.critical = critical;
                this.question = question;
            }
        }
    }

    @Transactional
    public GapsView gaps(String teamId, String repId, String callType, Instant from, Instant to, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit", "must be 1 to " + MAX_LIMIT);
        }
        CallScope scope = scopes.period(teamId, repId, callType, from, to);
        PeriodCoverage coverage = PeriodCoverage.of(scope, tallyReading.enabled());
        Map<String, Tally> tallies = new HashMap<>();
        double[] scoredCallsAndSum = new double[2];

        record Row(String behaviour, String verdict, double weight, boolean critical, String question, long versionId) {
        }
        Map<String, List<Row>> byCall = new LinkedHashMap<>();
        for (Object[] r : coverage.callRows(range -> AnalyticsSql.rows(
                "SELECT c.id, v.behaviour_key, v.verdict, b.weight, b.critical, b.question, s.scorecard_version_id",
                AnalyticsSql.LATEST_VERDICTS + "JOIN scorecard_behaviour b ON b.scorecard_version_id = s.scorecard_version_id"
                        + " AND b.behaviour_key = v.behaviour_key\n", range, null, "ORDER BY c.id, v.position"))) {
            byCall.computeIfAbsent(SqlValues.string(r[0]), k -> new ArrayList<>()).add(new Row(SqlValues.string(r[1]),
                    SqlValues.string(r[2]), SqlValues.doubleValue(r[3]), SqlValues.bool(r[4]), SqlValues.string(r[5]),
                    SqlValues.longValue(r[6])));
        }
        for (List<Row> call : byCall.values()) {
            call.forEach(r -> tallies.computeIfAbsent(r.behaviour(), k -> new Tally())
                    .describe(r.versionId(), r.weight(), r.critical(), r.question()));
            double decidedWeight = call.stream().filter(r -> decided(r.verdict())).mapToDouble(Row::weight).sum();
            if (decidedWeight == 0) {
                continue;
            }
            scoredCallsAndSum[0]++;
            scoredCallsAndSum[1] += 100 * call.stream().filter(r -> "MET".equals(r.verdict())).mapToDouble(Row::weight).sum() / decidedWeight;
            for (Row row : call) {
                Tally tally = tallies.get(row.behaviour());
                if (decided(row.verdict())) {
                    tally.decided++;
                }
                if ("MISSED".equals(row.verdict())) {
                    tally.missed++;
                    tally.lostPoints += 100 * row.weight() / decidedWeight;
                }
            }
        }

        for (Object[] r : coverage.tallyRows("""
                SELECT c.behaviour_key, c.scorecard_version_id, b.weight, b.critical, b.question,
                       SUM(c.met + c.missed), SUM(c.missed), SUM(c.lost_points)""",
                AnalyticsSql.VERDICT_TALLIES + "JOIN scorecard_behaviour b ON b.scorecard_version_id = c.scorecard_version_id"
                        + " AND b.behaviour_key = c.behaviour_key\n",
                "GROUP BY c.behaviour_key, c.scorecard_version_id, b.weight, b.critical, b.question " + AnalyticsSql.ANY_VERDICT)) {
            Tally tally = tallies.computeIfAbsent(SqlValues.string(r[0]), k -> new Tally());
            tally.describe(SqlValues.longValue(r[1]), SqlValues.doubleValue(r[2]), SqlValues.bool(r[3]), SqlValues.string(r[4]));
            tally.decided += SqlValues.longValue(r[5]);
            tally.missed += SqlValues.longValue(r[6]);
            tally.lostPoints += SqlValues.doubleValue(r[7]);
        }
        for (Object[] r : coverage.tallyRows("SELECT SUM(c.scored_calls), SUM(c.score_sum)",
                "FROM score_tally c\nJOIN call_type t ON t.id = c.call_type_id\n", null)) {
            if (r[0] != null) {
                scoredCallsAndSum[0] += SqlValues.longValue(r[0]);
                scoredCallsAndSum[1] += SqlValues.doubleValue(r[1]);
            }
        }
        int calls = (int) scoredCallsAndSum[0];
        double scoreSum = scoredCallsAndSum[1];
        List<GapsView.Gap> gaps = tallies.entrySet().stream()
                .filter(e -> e.getValue().missed > 0)
                .map(e -> {
                    Tally t = e.getValue();
                    return new GapsView.Gap(e.getKey(), t.question, t.weight, t.critical, t.decided, t.missed,
                            AdherenceAnalytics.rate(t.missed, t.decided), Math.round(10 * t.lostPoints / calls) / 10.0,
                            t.critical ? t.missed : 0);
                })
                .sorted(Comparator.comparingDouble(GapsView.Gap::pointsIfFixed).reversed()
                        .thenComparing(GapsView.Gap::critical, Comparator.reverseOrder())
                        .thenComparing(GapsView.Gap::behaviourKey))
                .limit(limit)
                .toList();
        Double average = calls == 0 ? null : Math.round(10 * scoreSum / calls) / 10.0;
        return new GapsView(scope.from(), scope.to(), scope.repId(), teamId, calls, average, gaps);
    }

    private static boolean decided(String verdict) {
        return "MET".equals(verdict) || "MISSED".equals(verdict);
    }
}
