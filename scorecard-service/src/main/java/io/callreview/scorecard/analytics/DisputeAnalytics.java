package io.callreview.scorecard.analytics;

import io.callreview.scorecard.access.CallScope;
import io.callreview.scorecard.access.ScopeResolver;
import io.callreview.scorecard.support.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Dispute counts per behaviour over the calls of a period, against how many of those calls were scored on it. */
@ApplicationScoped
public class DisputeAnalytics {

    @Inject
    ScopeResolver scopes;

    @Inject
    TallyReading tallyReading;

    @Transactional
    public DisputeStatsView disputes(String teamId, String callType, Instant from, Instant to) {
        CallScope scope = scopes.period(teamId, null, callType, from, to);
        // behaviour -> scored, disputes, open, accepted, partially, rejected
        Map<String, long[]> tallies = new TreeMap<>();
        PeriodCoverage coverage = PeriodCoverage.of(scope, tallyReading.enabled());
        List<Object[]> scored = new ArrayList<>(coverage.callRows(range -> AnalyticsSql.rows("SELECT v.behaviour_key, COUNT(*)",
                AnalyticsSql.LATEST_VERDICTS, range, null, "GROUP BY v.behaviour_key")));
        scored.addAll(coverage.tallyRows("SELECT c.behaviour_key, SUM(c.met + c.missed + c.needs_review + c.not_applicable)",
                AnalyticsSql.verdictTallies(false), "GROUP BY c.behaviour_key " + AnalyticsSql.ANY_VERDICT));
        for (Object[] row : scored) {
            tallies.computeIfAbsent(SqlValues.string(row[0]), k -> new long[6])[0] += SqlValues.longValue(row[1]);
        }
        // The disputes themselves as c: their team is their call's, and the call's start is beside them (V13), so the
        // period is a range of idx_dispute_call_started, read from the index alone unless a call type is asked for.
        CallScope disputesOfPeriod = new CallScope(scope.teams(), scope.repId(), scope.callType(), null, null);
        String disputes = scope.callType() == null ? "FROM score_dispute c\n" : """
                FROM score_dispute c
                JOIN sales_call sc ON sc.id = c.call_id
                JOIN call_type t ON t.id = sc.call_type_id
                """;
        // a set-aside call's disputes count no more than its verdicts: one lookup by key per dispute of the period
        for (Object[] row : AnalyticsSql.rows("SELECT c.behaviour_key, c.status, COUNT(*)", disputes, disputesOfPeriod,
                "c.call_started_at >= :from AND c.call_started_at < :to AND NOT EXISTS (SELECT 1 FROM sales_call x"
                        + " WHERE x.id = c.call_id AND x.status = 'SET_ASIDE')", "GROUP BY c.behaviour_key, c.status",
                Map.of("from", scope.from(), "to", scope.to()))) {
            long[] t = tallies.computeIfAbsent(SqlValues.string(row[0]), k -> new long[6]);
            long n = SqlValues.longValue(row[2]);
            t[1] += n;
            switch (SqlValues.string(row[1])) {
                case "OPEN" -> t[2] += n;
                case "ACCEPTED" -> t[3] += n;
                case "PARTIALLY_ACCEPTED" -> t[4] += n;
                default -> t[5] += n;
            }
        }
        List<DisputeStatsView.Behaviour> behaviours = tallies.entrySet().stream().map(e -> {
            long[] t = e.getValue();
            return new DisputeStatsView.Behaviour(e.getKey(), t[0], t[1], t[2], t[3], t[4], t[5], AdherenceAnalytics.rate(t[1], t[0]));
        }).sorted((x, y) -> Long.compare(y.disputes(), x.disputes())).toList();
        return new DisputeStatsView(scope.from(), scope.to(), behaviours);
    }
}
