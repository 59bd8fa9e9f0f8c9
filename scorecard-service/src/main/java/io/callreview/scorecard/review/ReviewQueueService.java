package io.callreview.scorecard.review;

import io.callreview.platform.problem.ApiException;
import io.callreview.scorecard.access.CallScope;
import io.callreview.scorecard.access.ScopeResolver;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.roster.RosterRep;
import io.callreview.scorecard.support.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The calls a coach should review next: those whose grade needs review, auto-failed calls, grades with a
 * low-confidence verdict, and a deterministic sample of the rest (by a hash of the call id, so the sample is
 * the same for every coach and instance). Calls with a finalised review are not queued: their status is REVIEWED from
 * then on (an accepted dispute alone does not count: it decides one behaviour). The status is read from the call, not
 * looked up among its revisions, which an anti-join would materialise over every revision ever recorded.
 * The reasons are the call's latest revision's: after a rep's accepted dispute decided a behaviour, the call is no
 * longer queued for that behaviour's doubt (needs review, low confidence) nor as auto-failed beside its passing score,
 * only for what doubt remains. The revision and score shown are the latest too. Most urgent first, then newest: one
 * query per urgency, each reading the scope's calls newest first along the (start DESC, id) index and stopping once
 * it has enough, so a long history does not make the queue slower to read.
 */
@ApplicationScoped
public class ReviewQueueService {

    public static final int MAX_LIMIT = 200;

    /** The lowest confidence of latest revision's decided verdicts. */
    private static final String LOWEST = "(SELECT MIN(v.confidence) FROM behaviour_verdict v"
            + " WHERE v.score_revision_id = latest.id AND v.verdict <> 'NEEDS_REVIEW')";
    /** The lowest confidence of all its verdicts, those left NEEDS_REVIEW too: what a coach is shown. */
    private static final String LOWEST_OF_ALL = "(SELECT MIN(v.confidence) FROM behaviour_verdict v WHERE v.score_revision_id = latest.id)";
    /** The queue's reasons, most urgent first: each call is in the first that applies to it. */
    private static final List<String> URGENCY = List.of(
            "latest.review_required",
            "NOT latest.review_required AND latest.auto_failed",
            "NOT latest.review_required AND NOT latest.auto_failed AND " + LOWEST + " < :low",
            "NOT latest.review_required AND NOT latest.auto_failed AND COALESCE(" + LOWEST + " >= :low, TRUE)"
                    + " AND MOD(CRC32(c.id), 100) < :samplePercent");

    @Inject
    ScopeResolver scopes;

    @Inject
    ReviewConfig config;

    @Transactional
    public List<ReviewQueueItem> queue(String teamId, String callType, Instant from, Instant to, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit", "must be 1 to " + MAX_LIMIT);
        }
        CallScope scope = scopes.scope(teamId, null, callType, from, to);
        List<Object[]> rows = new ArrayList<>();
        for (String urgency : URGENCY) {
            if (rows.size() == limit) {
                break;
            }
            rows.addAll(newestOf(scope, urgency, limit - rows.size()));
        }
        Map<String, List<String>> doubtful = doubtfulBehaviours(rows);
        Map<String, String> names = RosterRep.displayNames(rows.stream().map(r -> SqlValues.string(r[1])).toList());
        List<ReviewQueueItem> items = new ArrayList<>();
        for (Object[] r : rows) {
            boolean needsReview = SqlValues.bool(r[8]);
            boolean autoFailed = SqlValues.bool(r[7]);
            Double lowest = SqlValues.doubleValue(r[9]);
            List<ReviewQueueItem.Reason> reasons = new ArrayList<>();
            if (needsReview) {
                reasons.add(ReviewQueueItem.Reason.NEEDS_REVIEW);
            }
            if (autoFailed) {
                reasons.add(ReviewQueueItem.Reason.AUTO_FAILED);
            }
            if (lowest != null && lowest < config.lowConfidenceBelow()) {
                reasons.add(ReviewQueueItem.Reason.LOW_CONFIDENCE);
            }
            if (SqlValues.longValue(r[10]) < config.samplePercent()) {
                reasons.add(ReviewQueueItem.Reason.SAMPLE);
            }
            String callId = SqlValues.string(r[0]);
            String repId = SqlValues.string(r[1]);
            items.add(new ReviewQueueItem(callId, repId, names.get(repId), SqlValues.string(r[2]),
                    SqlValues.string(r[3]), SqlValues.epoch(r[4]), (int) SqlValues.longValue(r[5]),
                    SqlValues.doubleValue(r[6]), autoFailed, SqlValues.doubleValue(r[11]), reasons,
                    doubtful.getOrDefault(callId, List.of())));
        }
        return items;
    }

    /** Per call, the behaviours its latest revision leaves NEEDS_REVIEW or decided below the low-confidence line. */
    @SuppressWarnings("unchecked")
    private Map<String, List<String>> doubtfulBehaviours(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<String> callIds = rows.stream().map(r -> SqlValues.string(r[0])).toList();
        List<Object[]> doubtful = SalesCall.getEntityManager().createNativeQuery("""
                        SELECT s.call_id, v.behaviour_key FROM score_revision s
                        JOIN behaviour_verdict v ON v.score_revision_id = s.id
                        WHERE s.call_id IN (:calls)
                          AND s.revision = (SELECT MAX(m.revision) FROM score_revision m WHERE m.call_id = s.call_id)
                          AND (v.verdict = 'NEEDS_REVIEW' OR v.confidence < :low)
                        ORDER BY s.call_id, v.position""")
                .setParameter("calls", callIds)
                .setParameter("low", config.lowConfidenceBelow())
                .getResultList();
        Map<String, List<String>> byCall = new HashMap<>();
        for (Object[] row : doubtful) {
            byCall.computeIfAbsent(SqlValues.string(row[0]), id -> new ArrayList<>()).add(SqlValues.string(row[1]));
        }
        return byCall;
    }

    /**
     * Up to {@code limit} unreviewed calls of the scope in one urgency, newest first. STRAIGHT_JOIN keeps the calls
     * first: left to itself, MariaDB starts from the four call types and sorts every call of the scope.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> newestOf(CallScope scope, String urgency, int limit) {
        String sql = """
                SELECT STRAIGHT_JOIN c.id, c.rep_id, c.team_id, t.type_key, UNIX_TIMESTAMP(c.started_at), latest.revision,
                       latest.overall_score, latest.auto_failed, latest.review_required, %s, MOD(CRC32(c.id), 100), %s
                FROM sales_call c
                JOIN call_type t ON t.id = c.call_type_id
                JOIN score_revision latest ON latest.call_id = c.id
                     AND latest.revision = (SELECT MAX(m.revision) FROM score_revision m WHERE m.call_id = c.id)
                WHERE c.status = 'AUTO_SCORED' AND %s AND %s
                ORDER BY c.started_at DESC, c.id
                """.formatted(LOWEST, LOWEST_OF_ALL, urgency, scope.where());
        Query query = scope.bind(SalesCall.getEntityManager().createNativeQuery(sql)).setMaxResults(limit);
        if (urgency.contains(":low")) {
            query.setParameter("low", config.lowConfidenceBelow());
        }
        if (urgency.contains(":samplePercent")) {
            query.setParameter("samplePercent", config.samplePercent());
        }
        return query.getResultList();
    }
}
