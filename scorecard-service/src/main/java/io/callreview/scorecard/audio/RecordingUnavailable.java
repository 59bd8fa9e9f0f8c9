package io.callreview.scorecard.audio;

/**
 * A recording that could not be processed this time (its server or the transcriber down, a timeout): it is tried
 * again with backoff, and the call fails with this reason only after the last attempt.
 */
public class RecordingUnavailable extends RuntimeException {

    public RecordingUnavailable(String reason) {
        super(reason);
    }

    public RecordingUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }
}
