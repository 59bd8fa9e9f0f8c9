package io.callreview.coaching.rules;

/** What a rep needs for one behaviour. */
public enum Approach {
    /** A knowledge gap: teach the behaviour. */
    TRAINING,
    /** An execution gap: the rep knows how but does not do it consistently. */
    COACHING,
    /** A peer who consistently excels at it on the same call type shares how they do it. */
    MENTORING,
    /** Consistently shown: nothing to fix. */
    NONE
}
