package io.callreview.scorecard.transcript;

/** The transcript reads, but its times run far past the end of the call it came with. */
public class TranscriptOutlastsCallException extends TranscriptFormatException {

    public TranscriptOutlastsCallException(String field, String message) {
        super(field, message);
    }
}
