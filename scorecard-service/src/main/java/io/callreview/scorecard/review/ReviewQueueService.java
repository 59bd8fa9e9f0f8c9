package io.callreview.scorecard.review;

import io.callreview.platform.problem.ApiException;
import io.callreview.scorecard.access.CallScope;
import io.callreview.scorecard.access.ScopeResolver;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.support.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The calls a coach should review next: those whose automatic grade needs review, auto-failed calls, grades with a
 * low-confidence verdict, and a deterministic sample of the rest (by a hash of the call id, so the sample is
 * the same for every coach and instance). Calls with a finalised review are not queued (an accepted dispute
 * alone does not count: it decides one behaviour).
 * Most urgent first, then newest.
 */
@ApplicationScoped
public class ReviewQueueService {

    public static final int MAX_LIMIT = 200;

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
        String sql = """
                SELECT q.* FROM (
                  SELECT c.id, c.rep_id, c.team_id, t.type_key, UNIX_TIMESTAMP(c.started_at) AS started, s.revision,
                         s.overall_score, s.auto_failed, s.review_required,
                         (SELECT MIN(v.confidence) FROM behaviour_verdict v
                           WHERE v.score_revision_id = s.id AND v.verdict <> 'NEEDS_REVIEW') AS lowest,
                         MOD(CRC32(c.id), 100) AS bucket
                  FROM sales_call c
                  JOIN call_type t ON t.id = c.call_type_id
                  JOIN score_revision s ON s.call_id = c.id AND s.revision = 1
                  WHERE NOT EXISTS (SELECT 1 FROM score_revision r WHERE r.call_id = c.id AND r.review_id IS NOT NULL)
                    AND %s
                ) q
                WHERE q.review_required OR q.auto_failed OR q.lowest < :low OR q.bucket < :samplePercent
                ORDER BY CASE WHEN q.review_required THEN 0 WHEN q.auto_failed THEN 1 WHEN q.lowest < :low THEN 2 ELSE 3 END,
                         q.started DESC, q.id
                """.formatted(scope.where());
        Query query = scope.bind(SalesCall.getEntityManager().createNativeQuery(sql))
                .setParameter("low", config.lowConfidenceBelow())
                .setParameter("samplePercent", config.samplePercent())
                .setMaxResults(limit);
        List<ReviewQueueItem> items = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
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
            items.add(new ReviewQueueItem(SqlValues.string(r[0]), SqlValues.string(r[1]), SqlValues.string(r[2]),
                    SqlValues.string(r[3]), SqlValues.epoch(r[4]), (int) SqlValues.longValue(r[5]),
                    SqlValues.doubleValue(r[6]), autoFailed, lowest, reasons));
        }
        return items;
    }
}
