package io.callreview.scorecard.grading;

import java.util.List;

/**
 * Turns sentences into unit-length vectors whose dot product says how close they are in meaning. Implementations
 * must be thread-safe; the grader calls {@link #encode} a few times per call, each time with every text a step of
 * grading needs, because the model runs a batch much faster per sentence than a few sentences.
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
