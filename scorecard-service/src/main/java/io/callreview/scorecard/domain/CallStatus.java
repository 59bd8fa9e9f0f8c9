package io.callreview.scorecard.domain;

/**
 * Where a call stands: a call that came as a recording only waits to be transcribed (or failed to be, until an admin
 * transcribes it again); then it waits for its automatic grade (or failed to get one, until an admin grades it again),
 * is graded automatically, then reviewed by a coach. A call with no conversation to grade (a voicemail, a dropped
 * call) is set aside ungraded, out of the rep's figures, unless an admin has it graded all the same. An admin may set
 * any call aside for good (a test call, a call recorded against the wrong rep), graded or not: SET_ASIDE, with the
 * reason, counts nowhere from then on, and nothing more happens to it.
 */
public enum CallStatus {
    TRANSCRIBING,
    TRANSCRIPTION_FAILED,
    GRADING,
    GRADING_FAILED,
    NO_CONVERSATION,
    AUTO_SCORED,
    REVIEWED,
    SET_ASIDE
}
