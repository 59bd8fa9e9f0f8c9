package io.callreview.scorecard.domain;

/**
 * Where a call stands: a call that came as a recording only waits to be transcribed (or failed to be, until an admin
 * transcribes it again); then it waits for its automatic grade (or failed to get one, until an admin grades it again),
 * is graded automatically, then reviewed by a coach.
 */
public enum CallStatus {
    TRANSCRIBING,
    TRANSCRIPTION_FAILED,
    GRADING,
    GRADING_FAILED,
    AUTO_SCORED,
    REVIEWED
}
