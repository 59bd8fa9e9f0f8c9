package io.callreview.scorecard.domain;

/** Coaches rate blind while OPEN; answers and agreement are shown once CLOSED. */
public enum CalibrationStatus {
    OPEN,
    CLOSED
}
