package io.callreview.scorecard.domain;

/** Who must say something for a detection rule to count it. */
public enum SpeakerRole {
    REP,
    PROSPECT,
    ANY
}
