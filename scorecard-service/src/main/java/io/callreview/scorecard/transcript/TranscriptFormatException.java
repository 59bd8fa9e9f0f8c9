package io.callreview.scorecard.transcript;

/** The transcript cannot be read; {@code field} names the part of the request at fault. */
public class TranscriptFormatException extends RuntimeException {

    private final String field;

    public TranscriptFormatException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
