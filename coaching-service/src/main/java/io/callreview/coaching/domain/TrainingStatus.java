package io.callreview.coaching.domain;

/** Where a training unit stands. */
public enum TrainingStatus {
    /** Waiting for the rep to go through it. */
    ASSIGNED,
    /** Gone through; spaced quizzes follow. */
    DONE,
    /** Enough quizzes answered right in a row: learned. */
    PASSED,
    /** No longer needed before it was done: the rep reached the target without it. */
    WITHDRAWN;

    /** Assigned or quizzing: the rep's current unit for the behaviour. */
    public boolean isOpen() {
        return this == ASSIGNED || this == DONE;
    }
}
