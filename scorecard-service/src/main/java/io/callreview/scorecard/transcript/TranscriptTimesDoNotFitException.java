package io.callreview.scorecard.transcript;

/** The transcript reads, but its times cannot be the call's: they run far past its end, or faster than anyone speaks. */
public class TranscriptTimesDoNotFitException extends TranscriptFormatException {

    public TranscriptTimesDoNotFitException(String field, String message) {
        super(field, message);
    }
}
