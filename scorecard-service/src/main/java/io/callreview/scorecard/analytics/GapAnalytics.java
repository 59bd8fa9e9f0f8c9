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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Top gaps: for each behaviour, how many score points the average call of the scope would gain if the behaviour had
 * been MET wherever it was MISSED. On one call, a MISSED behaviour of weight w out of D decided weight costs
 * 100 * w / D points; a gap is the sum of those costs over the calls, divided by the calls. Weights come from the
 * scorecard version each score was graded with; latest revision per call. Whole days and weeks of the period are read
 * from the tallies, the rest call by call ({@link PeriodCoverage}).
 */
@ApplicationScoped
public class GapAnalytics {

    public static final int MAX_LIMIT = 9;

    @Inject
    ScopeResolver scopes;

    @Inject
    TallyReading tallyReading;

    @Transactional
    public GapsView gaps(String teamId, String repId, String callType, Instant from, Instant to, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit", "must be 1 to " + MAX_LIMIT);
        }
        CallScope scope = scopes.period(teamId, repId, callType, from, to);
        PeriodCoverage coverage = PeriodCoverage.of(scope, tallyReading.enabled());
        GapCounts counts = new GapCounts();

        Map<String, List<GapCounts.CallVerdict>> byCall = new LinkedHashMap<>();
        for (Object[] r : coverage.callRows(range -> AnalyticsSql.rows(
                "SELECT c.id, v.behaviour_key, v.verdict, b.weight, b.critical, b.question, s.scorecard_version_id",
                AnalyticsSql.LATEST_VERDICTS + "JOIN scorecard_behaviour b ON b.scorecard_version_id = s.scorecard_version_id"
                        + " AND b.behaviour_key = v.behaviour_key\n", range, null, "ORDER BY c.started_at, c.id, v.position"))) {
            byCall.computeIfAbsent(SqlValues.string(r[0]), k -> new ArrayList<>()).add(new GapCounts.CallVerdict(
                    SqlValues.string(r[1]), SqlValues.string(r[2]), SqlValues.doubleValue(r[3]), SqlValues.bool(r[4]),
                    SqlValues.string(r[5]), SqlValues.longValue(r[6])));
        }
        byCall.values().forEach(counts::addCall);

        for (Object[] r : coverage.tallyRows("""
                SELECT c.behaviour_key, c.scorecard_version_id, b.weight, b.critical, b.question,
                       SUM(c.met + c.missed), SUM(c.missed), SUM(c.lost_points)""",
                AnalyticsSql.verdictTallies(scope.repId() != null) + "JOIN scorecard_behaviour b ON b.scorecard_version_id = c.scorecard_version_id"
                        + " AND b.behaviour_key = c.behaviour_key\n",
                "GROUP BY c.behaviour_key, c.scorecard_version_id, b.weight, b.critical, b.question " + AnalyticsSql.ANY_VERDICT)) {
            counts.addTallied(SqlValues.string(r[0]), SqlValues.longValue(r[1]), SqlValues.doubleValue(r[2]), SqlValues.bool(r[3]),
                    SqlValues.string(r[4]), SqlValues.longValue(r[5]), SqlValues.longValue(r[6]), SqlValues.doubleValue(r[7]));
        }
        for (Object[] r : coverage.tallyRows("SELECT SUM(c.scored_calls), SUM(c.score_sum)",
                AnalyticsSql.scoreTallies(scope.repId() != null), null)) {
            if (r[0] != null) {
                counts.addScores(SqlValues.longValue(r[0]), SqlValues.doubleValue(r[1]));
            }
        }
        return new GapsView(scope.from(), scope.to(), scope.repId(), teamId, counts.calls(), counts.averageScore(),
                counts.largest(limit));
    }
}
