package io.callreview.scorecard.review;

/**
 * A review is a draft until the coach finalises it into a score revision; then it never changes. A draft is withdrawn,
 * unfinished for good, when an admin moves its call to a team its coach does not coach.
 */
public enum ReviewStatus {
    DRAFT,
    FINALIZED,
    WITHDRAWN
}
