package io.callreview.scorecard.dispute;

/** Where a rep's dispute of one verdict stands. Every status but OPEN is final. */
public enum DisputeStatus {
    OPEN,
    /** The coach agreed: the verdict changed in a new score revision. */
    ACCEPTED,
    /** The rep had a point (noted, and counted against the behaviour's clarity), but the verdict stands. */
    PARTIALLY_ACCEPTED,
    /** The verdict stands, with the coach's reason; the dispute is locked. */
    REJECTED,
    /**
     * Closed unresolved because an admin set its call aside or moved it to another rep: the verdict stands, and it no
     * longer counts anywhere.
     */
    CLOSED
}
