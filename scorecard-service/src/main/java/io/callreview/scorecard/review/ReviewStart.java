package io.callreview.scorecard.review;

/** What a new review is pre-filled with. */
public enum ReviewStart {
    /** The automatic grade (revision 1); verdicts the grader left NEEDS_REVIEW start undecided. */
    AUTOMATIC,
    /** The call's latest score revision: a previous review or an accepted dispute if any, else the automatic grade. */
    LATEST,
    /** Nothing: every behaviour starts undecided. */
    BLANK
}
