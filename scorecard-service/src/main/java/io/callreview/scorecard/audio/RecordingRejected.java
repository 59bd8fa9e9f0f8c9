package io.callreview.scorecard.audio;

/**
 * A recording that can never be transcribed as it is (corrupt, silent, too long, an unsupported format, refused by
 * its server): trying again does not help, so the call fails at once with this reason.
 */
public class RecordingRejected extends RuntimeException {

    public RecordingRejected(String reason) {
        super(reason);
    }
}
