package io.callreview.scorecard.analytics;

import io.callreview.scorecard.analytics.ConsistencyRuns.RepBucket;
import io.callreview.scorecard.analytics.ConsistencyRuns.Summary;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.statistics.ConsistencyRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;

/**
 * Writes the consistency summaries a reader computed, in a transaction of its own. The bucket rows are locked first,
 * in key order (as the recording transactions lock them), and each rep bucket's summaries are replaced whole together
 * with the change count they were computed at: the last writer wins, and a summary written from an older snapshot
 * carries an older count, so readers compute it again.
 */
@ApplicationScoped
class ConsistencySummaryStore {

    private static final int ROWS_PER_STATEMENT = 500;

    /** Replaces the summaries of the rep buckets of {@code counts} (one day or week) by {@code summaries}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void replace(SortedMap<RepBucket, Long> counts, List<Summary> summaries) {
        EntityManager em = SalesCall.getEntityManager();
        List<RepBucket> buckets = new ArrayList<>(counts.keySet());
        for (List<RepBucket> chunk : chunks(buckets)) {
            Query mark = em.createNativeQuery("INSERT INTO consistency_bucket (bucket_days, bucket, rep_id, changes, summarised) VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, 0, ?)"))
                    + " ON DUPLICATE KEY UPDATE summarised = VALUES(summarised)");
            int p = 1;
            for (RepBucket bucket : chunk) {
                mark.setParameter(p++, bucket.span()).setParameter(p++, bucket.bucket()).setParameter(p++, bucket.repId())
                        .setParameter(p++, counts.get(bucket));
            }
            mark.executeUpdate();
            Query delete = em.createNativeQuery("DELETE FROM consistency_summary WHERE rep_id IN (:reps) AND bucket_days = :span AND bucket = :bucket")
                    .setParameter("reps", chunk.stream().map(RepBucket::repId).toList())
                    .setParameter("span", chunk.get(0).span()).setParameter("bucket", chunk.get(0).bucket());
            delete.executeUpdate();
        }
        for (List<Summary> chunk : chunks(summaries)) {
            Query insert = em.createNativeQuery("""
                    INSERT INTO consistency_summary (team_id, call_type_id, bucket_days, bucket, rep_id, behaviour_key, calls, met,
                        first_met, last_met, leading_met, trailing_met, longest_met, switches, repeats) VALUES\s"""
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
            int p = 1;
            for (Summary s : chunk) {
                ConsistencyRun run = s.run();
                for (Object value : List.of(s.teamId(), s.callTypeId(), s.bucket().span(), s.bucket().bucket(), s.bucket().repId(),
                        s.behaviourKey(), run.calls(), run.met(), run.firstMet(), run.lastMet(), run.leading(), run.trailing(),
                        run.longest(), run.switches(), run.repeats())) {
                    insert.setParameter(p++, value);
                }
            }
            insert.executeUpdate();
        }
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += ROWS_PER_STATEMENT) {
            chunks.add(items.subList(i, Math.min(items.size(), i + ROWS_PER_STATEMENT)));
        }
        return chunks;
    }
}
