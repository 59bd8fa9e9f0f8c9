package io.callreview.coaching.domain;

public enum PlanStatus {
    ACTIVE, COMPLETED, CANCELLED;

    public boolean isFinal() {
        return this != ACTIVE;
    }
}
