package io.callreview.coaching.domain;

/** Where a mentoring pairing stands. */
public enum MentoringStatus {
    /** Both were told; they have not met yet. */
    PAIRED,
    /** One of them recorded that they met. */
    MET
}
