package io.callreview.notification.delivery;

public enum AttemptOutcome {
    IN_FLIGHT,
    SENT,
    FAILED,
    IN_DOUBT
}
