package io.callreview.scorecard.analytics;

import io.callreview.events.Verdict;
import io.callreview.scorecard.access.CallScope;
import io.callreview.scorecard.access.ScopeResolver;
import io.callreview.scorecard.statistics.Consistency;
import io.callreview.scorecard.support.Numbers;
import io.callreview.scorecard.support.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Consistency per rep and behaviour: the decided verdicts of the rep's calls in start order, on their latest scores. */
@ApplicationScoped
public class ConsistencyAnalytics {

    @Inject
    ScopeResolver scopes;

    @Transactional
    public ConsistencyView consistency(String teamId, String repId, String callType, String behaviourKey, Instant from, Instant to) {
        CallScope scope = scopes.period(teamId, repId, callType, from, to);
        List<Object[]> rows = AnalyticsSql.rows("SELECT c.rep_id, v.behaviour_key, v.verdict", AnalyticsSql.LATEST_VERDICTS,
                scope, "v.verdict IN ('MET', 'MISSED')" + (behaviourKey == null ? "" : " AND v.behaviour_key = :behaviour"),
                "ORDER BY c.rep_id, v.behaviour_key, c.started_at, c.id",
                behaviourKey == null ? Map.of() : Map.of("behaviour", behaviourKey));
        Map<String, List<Boolean>> series = new LinkedHashMap<>();
        for (Object[] row : rows) {
            series.computeIfAbsent(row[0] + "\u0000" + row[1], k -> new ArrayList<>())
                    .add(Verdict.MET.name().equals(SqlValues.string(row[2])));
        }
        List<ConsistencyView.Item> items = new ArrayList<>();
        series.forEach((key, metInOrder) -> {
            String[] parts = key.split("\u0000", 2);
            Consistency c = Consistency.of(metInOrder);
            items.add(new ConsistencyView.Item(parts[0], parts[1], c.calls(), c.met(), Numbers.finite(c.adherence()),
                    Numbers.finite(c.repeatRate()), c.currentStreak(), c.longestStreak(), c.switches()));
        });
        return new ConsistencyView(scope.from(), scope.to(), items);
    }
}
