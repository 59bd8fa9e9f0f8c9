package io.callreview.coaching.nudge;

public enum NudgeStatus {
    /** Waiting for its due time. */
    PENDING,
    /** Published as a {@code NudgeRequested} event. */
    SENT,
    /** Dropped by a delivery rule (expired, daily cap until expiry, outside working hours until expiry). */
    SKIPPED,
    /** Withdrawn because its reason no longer holds (behaviour mastered, no longer a focus, call moved). */
    CANCELLED
}
