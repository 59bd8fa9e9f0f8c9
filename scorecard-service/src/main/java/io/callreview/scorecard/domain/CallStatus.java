package io.callreview.scorecard.domain;

/** Where a call stands: received, graded automatically, then (issue 4) reviewed by a coach. */
public enum CallStatus {
    RECEIVED,
    AUTO_SCORED,
    REVIEWED
}
