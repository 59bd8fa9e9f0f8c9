package io.callreview.scorecard.speech;

/**
 * One stretch of speech a transcriber heard: when (milliseconds from the start of the audio) and what. {@code speaker}
 * is the transcriber's own label when it tells speakers apart, else null; {@code confidence} how sure the recogniser was
 * of its words (their mean posterior probability, 0 to 1), null when it does not say.
 */
public record SpokenText(long startMs, long endMs, String text, String speaker, Double confidence) {

    public SpokenText(long startMs, long endMs, String text, String speaker) {
        this(startMs, endMs, text, speaker, null);
    }
}
