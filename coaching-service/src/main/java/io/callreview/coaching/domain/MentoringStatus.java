package io.callreview.coaching.domain;

/** Where a mentoring pairing stands. */
public enum MentoringStatus {
    /** Both were told; they have not met yet. */
    PAIRED,
    /** One of them recorded that they met. */
    MET,
    /** Ended before they met: none of the rep's calls that count grade the behaviour any more (a call set aside or moved). */
    WITHDRAWN
}
