package io.callreview.scorecard.speech;

/**
 * One stretch of speech a transcriber heard: when (milliseconds from the start of the audio) and what. {@code speaker}
 * is the transcriber's own label when it tells speakers apart, else null.
 */
public record SpokenText(long startMs, long endMs, String text, String speaker) {
}
