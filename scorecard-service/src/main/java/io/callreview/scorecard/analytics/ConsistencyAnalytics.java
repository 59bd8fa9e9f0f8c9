package io.callreview.scorecard.analytics;

import io.callreview.scorecard.access.CallScope;
import io.callreview.scorecard.access.ScopeResolver;
import io.callreview.scorecard.analytics.ConsistencyRuns.Piece;
import io.callreview.scorecard.statistics.Consistency;
import io.callreview.scorecard.statistics.ConsistencyRun;
import io.callreview.scorecard.support.Numbers;
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
 * Consistency per rep and behaviour: the decided verdicts of the rep's calls in start order, on their latest scores.
 * The partial first and last day of the period are read call by call, whole days and weeks from their summaries (V14),
 * and the runs chained in time order; items in order of rep, then behaviour.
 */
@ApplicationScoped
public class ConsistencyAnalytics {

    @Inject
    ScopeResolver scopes;

    @Inject
    TallyReading tallyReading;

    @Inject
    ConsistencyRuns runs;

    @Transactional
    public ConsistencyView consistency(String teamId, String repId, String callType, String behaviourKey, Instant from, Instant to) {
        CallScope scope = scopes.period(teamId, repId, callType, from, to);
        PeriodCoverage coverage = PeriodCoverage.of(scope, tallyReading.enabled());
        List<Piece> pieces = new ArrayList<>();
        coverage.callRanges().forEach(range -> pieces.addAll(runs.fromCalls(range, behaviourKey)));
        coverage.bucketCondition().ifPresent(buckets -> pieces.addAll(runs.fromSummaries(scope, buckets, behaviourKey)));
        pieces.sort(Comparator.comparing(Piece::start));
        Map<List<String>, ConsistencyRun> chained = new TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(0))
                .thenComparing(k -> k.get(1)));
        for (Piece piece : pieces) {
            chained.merge(List.of(piece.repId(), piece.behaviourKey()), piece.run(), ConsistencyRun::then);
        }
        List<ConsistencyView.Item> items = new ArrayList<>();
        chained.forEach((key, run) -> {
            Consistency c = run.consistency();
            items.add(new ConsistencyView.Item(key.get(0), key.get(1), c.calls(), c.met(), Numbers.finite(c.adherence()),
                    Numbers.finite(c.repeatRate()), c.currentStreak(), c.longestStreak(), c.switches()));
        });
        return new ConsistencyView(scope.from(), scope.to(), items);
    }
}
