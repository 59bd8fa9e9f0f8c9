package io.callreview.events;

/** The answer to one key behaviour on one call. */
public enum Verdict {
    MET,
    MISSED,
    NOT_APPLICABLE,
    NEEDS_REVIEW;

    /** Whether the verdict is a usable observation of the behaviour. */
    public boolean isDecided() {
        return this == MET || this == MISSED;
    }
}
