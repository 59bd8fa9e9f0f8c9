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

    @Transactional
    public GapsView gaps(String teamId, String repId, String callType, Instant from, Instant to, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit", "must be 1 to " + MAX_LIMIT);
        }
        CallScope scope = scopes.period(teamId, repId, callType, from, to);
        List<Object[]> rows = AnalyticsSql.rows("SELECT c.id, v.behaviour_key, v.verdict, b.weight, b.critical, b.question",
                AnalyticsSql.LATEST_VERDICTS + "JOIN scorecard_behaviour b ON b.scorecard_version_id = s.scorecard_version_id"
                        + " AND b.behaviour_key = v.behaviour_key\n", scope, null, "ORDER BY c.id, v.position");

        record Row(String behaviour, String verdict, double weight, boolean critical, String question) {
        }
        Map<String, List<Row>> byCall = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byCall.computeIfAbsent(SqlValues.string(r[0]), k -> new ArrayList<>()).add(new Row(SqlValues.string(r[1]),
                    SqlValues.string(r[2]), SqlValues.doubleValue(r[3]), SqlValues.bool(r[4]), SqlValues.string(r[5])));
        }
        final class Tally {
            String question;
            double weight;
            boolean critical;
            long decided;
            long missed;
            double lostPoints;
        }
        Map<String, Tally> tallies = new HashMap<>();
        int scoredCalls = 0;
        double scoreSum = 0;
        for (List<Row> call : byCall.values()) {
            double decidedWeight = call.stream().filter(r -> decided(r.verdict())).mapToDouble(Row::weight).sum();
            if (decidedWeight == 0) {
                continue;
            }
            scoredCalls++;
            scoreSum += 100 * call.stream().filter(r -> "MET".equals(r.verdict())).mapToDouble(Row::weight).sum() / decidedWeight;
            for (Row row : call) {
                Tally tally = tallies.computeIfAbsent(row.behaviour(), k -> new Tally());
                tally.question = row.question();
                tally.weight = row.weight();
                tally.critical = row.critical();
                if (decided(row.verdict())) {
                    tally.decided++;
                }
                if ("MISSED".equals(row.verdict())) {
                    tally.missed++;
                    tally.lostPoints += 100 * row.weight() / decidedWeight;
                }
            }
        }
        int calls = scoredCalls;
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
