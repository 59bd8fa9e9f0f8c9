package io.callreview.scorecard.domain;

/**
 * Where a call stands: waiting for its automatic grade (or failed to get one, until an admin grades it again), graded
 * automatically, then reviewed by a coach.
 */
public enum CallStatus {
    GRADING,
    GRADING_FAILED,
    AUTO_SCORED,
    REVIEWED
}
