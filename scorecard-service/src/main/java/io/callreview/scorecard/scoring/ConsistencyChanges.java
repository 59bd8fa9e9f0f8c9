package io.callreview.scorecard.scoring;

import io.callreview.scorecard.domain.SalesCall;

/**
 * Counts each recorded revision in the change counters of its rep's day and week (V14), in the transaction that records
 * it, so a consistency summary computed at another count is known to be out of date. Rows in key order, after the
 * tallies, as in every recording transaction.
 */
final class ConsistencyChanges {

    private ConsistencyChanges() {
    }

    static void count(SalesCall call) {
        long day = TallyBuckets.day(call.startedAt);
        SalesCall.getEntityManager().createNativeQuery("""
                        INSERT INTO consistency_bucket (bucket_days, bucket, rep_id, changes)
                        VALUES (:day, :dayBucket, :rep, 1), (:week, :weekBucket, :rep, 1)
                        ON DUPLICATE KEY UPDATE changes = changes + 1""")
                .setParameter("day", TallyBuckets.DAY).setParameter("dayBucket", day)
                .setParameter("week", TallyBuckets.WEEK).setParameter("weekBucket", TallyBuckets.weekStart(day))
                .setParameter("rep", call.repId)
                .executeUpdate();
    }
}
