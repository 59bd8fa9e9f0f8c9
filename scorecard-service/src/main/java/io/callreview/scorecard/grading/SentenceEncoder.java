package io.callreview.scorecard.grading;

import java.util.List;

/**
 * Turns sentences into unit-length vectors whose dot product says how close they are in meaning. Implementations
 * must be thread-safe; the grader calls {@link #encode} once per call with every passage it needs.
 */
public interface SentenceEncoder {

    /** One unit vector per sentence, in order. */
    List<float[]> encode(List<String> sentences);

    static double similarity(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
