package io.callreview.scorecard.domain;

/** What kind of score revision this is: the automatic grade, or a coach's review of it. */
public enum ScoreStatus {
    AUTO_SCORED,
    REVIEWED
}
