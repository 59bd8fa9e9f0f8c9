package io.callreview.scorecard.analytics;

import io.callreview.events.Verdict;
import io.callreview.scorecard.access.CallScope;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.scoring.TallyBuckets;
import io.callreview.scorecard.statistics.ConsistencyRun;
import io.callreview.scorecard.support.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The consistency runs of a scope's reps per behaviour, over part of a period: read call by call, or over whole days
 * and weeks from the summaries of V14. A summary is used only when it was computed at its bucket's current change
 * count, in this transaction's snapshot; the other buckets' runs are computed from their calls here, in the same
 * snapshot (so the answer is that of one moment), and stored for the next reader in transactions of their own.
 */
@ApplicationScoped
class ConsistencyRuns {

    private static final Logger LOG = Logger.getLogger(ConsistencyRuns.class);

    /** The team of a summary over all the rep's teams, and the call type of one over all call types. */
    static final String ALL_TEAMS = "";
    static final long ALL_TYPES = 0;

    private static final String DECIDED = "v.verdict IN ('MET', 'MISSED')";

    @Inject
    ConsistencySummaryStore store;

    /** A rep's run of a behaviour over a stretch of calls starting at {@code start}. */
    record Piece(String repId, String behaviourKey, Instant start, ConsistencyRun run) {
    }

    /** A rep's day ({@code span} 1) or week (7) starting on epoch day {@code bucket}. */
    record RepBucket(int span, long bucket, String repId) implements Comparable<RepBucket> {

        Instant start() {
            return TallyBuckets.startOf(bucket);
        }

        Instant end() {
            return TallyBuckets.startOf(bucket + span);
        }

        @Override
        public int compareTo(RepBucket other) {
            int bySpan = Integer.compare(span, other.span);
            if (bySpan != 0) {
                return bySpan;
            }
            int byBucket = Long.compare(bucket, other.bucket);
            return byBucket != 0 ? byBucket : repId.compareTo(other.repId);
        }
    }

    /** The run of a rep's behaviour in a bucket at one level: a team or {@link #ALL_TEAMS}, a call type or {@link #ALL_TYPES}. */
    record Summary(RepBucket bucket, String teamId, long callTypeId, String behaviourKey, ConsistencyRun run) {
    }

    /** Per rep and behaviour (one behaviour, or all when null), the run of the decided verdicts of the calls of {@code range}. */
    List<Piece> fromCalls(CallScope range, String behaviourKey) {
        List<Object[]> rows = AnalyticsSql.rows("SELECT c.rep_id, v.behaviour_key, v.verdict", AnalyticsSql.LATEST_VERDICTS, range,
                DECIDED + (behaviourKey == null ? "" : " AND v.behaviour_key = :behaviour"),
                "ORDER BY c.rep_id, v.behaviour_key, c.started_at, c.id",
                behaviourKey == null ? Map.of() : Map.of("behaviour", behaviourKey));
        Map<List<String>, List<Boolean>> series = new LinkedHashMap<>();
        for (Object[] row : rows) {
            series.computeIfAbsent(List.of(SqlValues.string(row[0]), SqlValues.string(row[1])), k -> new ArrayList<>())
                    .add(Verdict.MET.name().equals(SqlValues.string(row[2])));
        }
        List<Piece> pieces = new ArrayList<>();
        series.forEach((key, metInOrder) -> pieces.add(new Piece(key.get(0), key.get(1), range.from(), ConsistencyRun.of(metInOrder))));
        return pieces;
    }

    /**
     * Per rep, behaviour and bucket of {@code buckets} (SQL over a bucketed table {@code c}, see {@link PeriodCoverage}),
     * the runs of the scope's calls.
     */
    List<Piece> fromSummaries(CallScope scope, String buckets, String behaviourKey) {
        Map<RepBucket, Long> changes = changeCounts(scope, buckets);
        Long callTypeId = scope.callType() == null ? Long.valueOf(ALL_TYPES) : callTypeId(scope.callType());
        if (changes.isEmpty() || callTypeId == null) {
            return List.of();
        }
        List<Summary> summaries = new ArrayList<>(storedSummaries(scope, buckets, callTypeId, behaviourKey, changes));
        TreeMap<RepBucket, Long> outdated = changes.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        if (!outdated.isEmpty()) {
            computeAndStore(outdated).summaries().stream().filter(s -> atLevel(s, scope, callTypeId, behaviourKey)).forEach(summaries::add);
        }
        return pieces(scope, summaries, behaviourKey);
    }

    /**
     * The scope's rep buckets within {@code buckets}, each with its change count when its stored summaries were computed
     * at another (null when they are current). For teams, only the rep buckets with a call of theirs, as the per-rep
     * tallies (V12) show them, so a coach's read does not compute summaries for the rest of the company.
     */
    private static Map<RepBucket, Long> changeCounts(CallScope scope, String buckets) {
        if (scope.teams() != null && scope.teams().isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT c.bucket_days, c.bucket, c.rep_id, c.changes, c.summarised FROM consistency_bucket c WHERE " + buckets
                + (scope.repId() == null ? "" : " AND c.rep_id = :rep")
                + (scope.teams() == null ? "" : " AND EXISTS (SELECT 1 FROM verdict_tally vt WHERE vt.rep_id = c.rep_id"
                + " AND vt.bucket_days = c.bucket_days AND vt.bucket = c.bucket AND vt.team_id IN (:teams))");
        var query = SalesCall.getEntityManager().createNativeQuery(sql);
        if (scope.repId() != null) {
            query.setParameter("rep", scope.repId());
        }
        if (scope.teams() != null) {
            query.setParameter("teams", scope.teams());
        }
        Map<RepBucket, Long> changes = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            long count = SqlValues.longValue(r[3]);
            boolean current = r[4] != null && SqlValues.longValue(r[4]) == count;
            changes.put(new RepBucket((int) SqlValues.longValue(r[0]), SqlValues.longValue(r[1]), SqlValues.string(r[2])),
                    current ? null : count);
        }
        return changes;
    }

    private static Long callTypeId(String typeKey) {
        List<?> ids = SalesCall.getEntityManager().createNativeQuery("SELECT id FROM call_type WHERE type_key = :type")
                .setParameter("type", typeKey).getResultList();
        return ids.isEmpty() ? null : SqlValues.longValue(ids.get(0));
    }

    /** The stored summaries of the current buckets at the scope's level. */
    @SuppressWarnings("unchecked")
    private static List<Summary> storedSummaries(CallScope scope, String buckets, long callTypeId, String behaviourKey,
                                                 Map<RepBucket, Long> changes) {
        String sql = """
                SELECT c.bucket_days, c.bucket, c.rep_id, c.team_id, c.behaviour_key, c.calls, c.met, c.first_met, c.last_met,
                       c.leading_met, c.trailing_met, c.longest_met, c.switches, c.repeats
                FROM consistency_summary c
                WHERE %s AND c.call_type_id = :type AND %s%s%s
                """.formatted(scope.teams() == null ? "c.team_id = '" + ALL_TEAMS + "'" : "c.team_id IN (:teams)", buckets,
                scope.repId() == null ? "" : " AND c.rep_id = :rep", behaviourKey == null ? "" : " AND c.behaviour_key = :behaviour");
        var query = SalesCall.getEntityManager().createNativeQuery(sql).setParameter("type", callTypeId);
        if (scope.teams() != null) {
            query.setParameter("teams", scope.teams());
        }
        if (scope.repId() != null) {
            query.setParameter("rep", scope.repId());
        }
        if (behaviourKey != null) {
            query.setParameter("behaviour", behaviourKey);
        }
        List<Summary> summaries = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            RepBucket bucket = new RepBucket((int) SqlValues.longValue(r[0]), SqlValues.longValue(r[1]), SqlValues.string(r[2]));
            if (changes.containsKey(bucket) && changes.get(bucket) == null) {
                summaries.add(new Summary(bucket, SqlValues.string(r[3]), callTypeId, SqlValues.string(r[4]), new ConsistencyRun(
                        (int) SqlValues.longValue(r[5]), (int) SqlValues.longValue(r[6]), SqlValues.bool(r[7]), SqlValues.bool(r[8]),
                        (int) SqlValues.longValue(r[9]), (int) SqlValues.longValue(r[10]), (int) SqlValues.longValue(r[11]),
                        (int) SqlValues.longValue(r[12]), (int) SqlValues.longValue(r[13]))));
            }
        }
        return summaries;
    }

    /**
     * Up to {@code limit} rep buckets whose summaries are missing or out of date, newest first, computed from their calls
     * and stored: the background refresh ({@link ConsistencySummaryRefresher}). How many were stored.
     */
    @SuppressWarnings("unchecked")
    int refreshOutdated(int limit) {
        List<Object[]> rows = SalesCall.getEntityManager().createNativeQuery("""
                        SELECT bucket_days, bucket, rep_id, changes FROM consistency_bucket
                        WHERE summarised IS NULL OR summarised <> changes ORDER BY bucket DESC, bucket_days LIMIT :limit""")
                .setParameter("limit", limit).getResultList();
        TreeMap<RepBucket, Long> outdated = new TreeMap<>();
        rows.forEach(r -> outdated.put(new RepBucket((int) SqlValues.longValue(r[0]), SqlValues.longValue(r[1]), SqlValues.string(r[2])),
                SqlValues.longValue(r[3])));
        return computeAndStore(outdated).stored();
    }

    /** Summaries computed from calls, and how many of their rep buckets were stored (a store can lose a lock wait). */
    private record Computed(List<Summary> summaries, int stored) {
    }

    /**
     * Every level's summaries of the given rep buckets (each with the change count this snapshot holds for it), from
     * their calls, one query per day or week; each day's or week's summaries are stored as soon as they are computed,
     * so work already done stays done if the reader is stopped (a timeout) before the end.
     */
    private Computed computeAndStore(TreeMap<RepBucket, Long> counts) {
        Map<RepBucket, TreeMap<RepBucket, Long>> byBucket = new TreeMap<>();
        counts.forEach((repBucket, count) -> byBucket.computeIfAbsent(new RepBucket(repBucket.span(), repBucket.bucket(), ""),
                k -> new TreeMap<>()).put(repBucket, count));
        List<Summary> all = new ArrayList<>();
        int stored = 0;
        for (Map.Entry<RepBucket, TreeMap<RepBucket, Long>> bucket : byBucket.entrySet()) {
            TreeMap<RepBucket, Long> reps = bucket.getValue();
            List<Summary> computed = computeFromCalls(bucket.getKey(), reps.keySet());
            try {
                store.replace(reps, computed);
                stored += reps.size();
            } catch (RuntimeException e) {
                LOG.debugf(e, "Consistency summaries of %d rep buckets not stored; the next reader computes them", reps.size());
            }
            all.addAll(computed);
        }
        return new Computed(all, stored);
    }

    /** Every level's summaries of the reps' calls in one day or week ({@code bucket}, its rep left empty). */
    private static List<Summary> computeFromCalls(RepBucket bucket, Set<RepBucket> repBuckets) {
        Map<List<Object>, List<Boolean>> series = new LinkedHashMap<>();
        CallScope period = new CallScope(null, null, null, bucket.start(), bucket.end());
        List<Object[]> rows = AnalyticsSql.rows("SELECT c.rep_id, c.team_id, c.call_type_id, v.behaviour_key, v.verdict",
                AnalyticsSql.LATEST_VERDICTS, period, DECIDED + " AND c.rep_id IN (:reps)", "ORDER BY c.rep_id, c.started_at, c.id",
                Map.of("reps", repBuckets.stream().map(RepBucket::repId).toList()));
        for (Object[] row : rows) {
            RepBucket repBucket = new RepBucket(bucket.span(), bucket.bucket(), SqlValues.string(row[0]));
            String team = SqlValues.string(row[1]);
            long type = SqlValues.longValue(row[2]);
            String behaviour = SqlValues.string(row[3]);
            boolean met = Verdict.MET.name().equals(SqlValues.string(row[4]));
            for (String levelTeam : List.of(team, ALL_TEAMS)) {
                for (long levelType : List.of(type, ALL_TYPES)) {
                    series.computeIfAbsent(List.of(repBucket, levelTeam, levelType, behaviour), k -> new ArrayList<>()).add(met);
                }
            }
        }
        List<Summary> summaries = new ArrayList<>();
        series.forEach((key, metInOrder) -> summaries.add(new Summary((RepBucket) key.get(0), (String) key.get(1), (Long) key.get(2),
                (String) key.get(3), ConsistencyRun.of(metInOrder))));
        return summaries;
    }

    private static boolean atLevel(Summary summary, CallScope scope, long callTypeId, String behaviourKey) {
        boolean team = scope.teams() == null ? summary.teamId().equals(ALL_TEAMS)
                : !summary.teamId().equals(ALL_TEAMS) && scope.teams().contains(summary.teamId());
        boolean rep = scope.repId() == null || scope.repId().equals(summary.bucket().repId());
        boolean behaviour = behaviourKey == null || behaviourKey.equals(summary.behaviourKey());
        return team && rep && behaviour && summary.callTypeId() == callTypeId;
    }

    /**
     * One piece per rep, behaviour and bucket. A coach of several teams whose rep moved between two of them within a
     * bucket has a summary per team there, which do not chain (their calls interleave in time): that rep's bucket is read
     * call by call.
     */
    private List<Piece> pieces(CallScope scope, List<Summary> summaries, String behaviourKey) {
        Map<List<Object>, List<Summary>> byKey = summaries.stream().collect(Collectors.groupingBy(
                s -> List.of(s.bucket(), s.behaviourKey()), LinkedHashMap::new, Collectors.toList()));
        Set<RepBucket> interleaved = new TreeSet<>();
        byKey.values().stream().filter(same -> same.size() > 1).forEach(same -> interleaved.add(same.get(0).bucket()));
        List<Piece> pieces = new ArrayList<>();
        byKey.values().stream().map(same -> same.get(0)).filter(s -> !interleaved.contains(s.bucket()))
                .forEach(s -> pieces.add(new Piece(s.bucket().repId(), s.behaviourKey(), s.bucket().start(), s.run())));
        for (RepBucket bucket : interleaved) {
            pieces.addAll(fromCalls(new CallScope(scope.teams(), bucket.repId(), scope.callType(), bucket.start(), bucket.end()),
                    behaviourKey));
        }
        return pieces;
    }
}
