package io.callreview.notification.domain;

public enum AttemptOutcome {
    IN_FLIGHT,
    SENT,
    FAILED,
    IN_DOUBT
}
