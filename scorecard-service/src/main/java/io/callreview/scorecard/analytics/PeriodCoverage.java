package io.callreview.scorecard.analytics;

import io.callreview.scorecard.access.CallScope;
import io.callreview.scorecard.scoring.TallyBuckets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the period of a scope is read: its whole weeks from the weekly tallies, the whole days around them from the daily
 * tallies, and what is left (the partial first and last day of a period given to the second) call by call. Whole days
 * and weeks are UTC, as the weekly buckets of adherence are. A period without a whole day is read call by call.
 */
final class PeriodCoverage {

    private final CallScope scope;
    private final List<CallScope> callRanges = new ArrayList<>();
    private final List<String> bucketRanges = new ArrayList<>();

    private PeriodCoverage(CallScope scope) {
        this.scope = scope;
    }

    static PeriodCoverage of(CallScope scope, boolean tallies) {
        PeriodCoverage coverage = new PeriodCoverage(scope);
        Instant from = scope.from();
        Instant to = scope.to();
        long firstDay = TallyBuckets.day(from.minusNanos(1)) + 1;
        long endDay = TallyBuckets.day(to);
        if (!tallies || firstDay >= endDay) {
            coverage.callRanges.add(scope);
            return coverage;
        }
        coverage.calls(from, TallyBuckets.startOf(firstDay));
        long firstWeek = TallyBuckets.nextWeekStart(firstDay);
        long endWeek = TallyBuckets.weekStart(endDay);
        if (firstWeek < endWeek) {
            coverage.buckets(TallyBuckets.DAY, firstDay, firstWeek);
            coverage.buckets(TallyBuckets.WEEK, firstWeek, endWeek);
            coverage.buckets(TallyBuckets.DAY, endWeek, endDay);
        } else {
            coverage.buckets(TallyBuckets.DAY, firstDay, endDay);
        }
        coverage.calls(TallyBuckets.startOf(endDay), to);
        return coverage;
    }

    private void calls(Instant from, Instant to) {
        if (from.isBefore(to)) {
            callRanges.add(new CallScope(scope.teams(), scope.repId(), scope.callType(), from, to));
        }
    }

    private void buckets(int span, long firstBucket, long endBucket) {
        if (firstBucket < endBucket) {
            bucketRanges.add("(c.bucket_days = %d AND c.bucket >= %d AND c.bucket < %d)".formatted(span, firstBucket, endBucket));
        }
    }

    /** The parts of the period read call by call, in time order (the first partial day, the last one). */
    List<CallScope> callRanges() {
        return List.copyOf(callRanges);
    }

    /** The whole days and weeks the tallies cover, as SQL over a bucketed table {@code c}; empty when they cover none. */
    Optional<String> bucketCondition() {
        return bucketRanges.isEmpty() ? Optional.empty() : Optional.of("(" + String.join(" OR ", bucketRanges) + ")");
    }

    /** The rows {@code query} reads call by call over each part of the period not covered by tallies, one list. */
    List<Object[]> callRows(Function<CallScope, List<Object[]>> query) {
        List<Object[]> rows = new ArrayList<>();
        callRanges.forEach(range -> rows.addAll(query.apply(range)));
        return rows;
    }

    /**
     * The rows of a query over a tally table within the scope's teams, rep and call type and the buckets the tallies
     * cover; none when they cover nothing. The table is read as {@code c} beside its call type {@code t}: its
     * {@code team_id} and {@code rep_id} columns are named as the call's, so a scope's conditions apply to it unchanged.
     */
    List<Object[]> tallyRows(String select, String from, String tail) {
        return tallyRows(select, from, null, tail);
    }

    /** As above, with {@code extraWhere} besides. */
    List<Object[]> tallyRows(String select, String from, String extraWhere, String tail) {
        if (bucketRanges.isEmpty()) {
            return List.of();
        }
        CallScope unbounded = new CallScope(scope.teams(), scope.repId(), scope.callType(), null, null);
        String buckets = bucketCondition().orElseThrow();
        return AnalyticsSql.rows(select, from, unbounded, extraWhere == null ? buckets : buckets + " AND " + extraWhere, tail);
    }
}
