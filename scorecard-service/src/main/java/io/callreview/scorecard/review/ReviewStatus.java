package io.callreview.scorecard.review;

/** A review is a draft until the coach finalises it into a score revision; then it never changes. */
public enum ReviewStatus {
    DRAFT,
    FINALIZED
}
