package io.callreview.scorecard.calibration;

/** Coaches rate blind while OPEN; answers and agreement are shown once CLOSED. */
public enum CalibrationStatus {
    OPEN,
    CLOSED
}
