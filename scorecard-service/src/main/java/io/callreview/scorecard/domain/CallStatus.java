package io.callreview.scorecard.domain;

/** Where a call stands: waiting for its automatic grade, graded automatically, then reviewed by a coach. */
public enum CallStatus {
    GRADING,
    AUTO_SCORED,
    REVIEWED
}
