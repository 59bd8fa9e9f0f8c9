package io.callreview.scorecard.grading;

import java.util.function.IntToDoubleFunction;

/**
 * The positions of the k highest values, highest first, found in one pass: what sorting every value in descending
 * order (stably, by {@link Double#compare}) and taking the first k gives, without sorting hundreds of similarities
 * for each sentence and behaviour.
 */
final class Nearest {

    private Nearest() {
    }

    /** Of positions {@code 0..size-1}, the (at most) {@code k} with the highest values; among equals, the earlier first. */
    static int[] indexes(int size, int k, IntToDoubleFunction value) {
        int[] best = new int[Math.min(k, size)];
        double[] bestValues = new double[best.length];
        int kept = 0;
        for (int i = 0; i < size && best.length > 0; i++) {
            double v = value.applyAsDouble(i);
            if (kept == best.length && Double.compare(v, bestValues[kept - 1]) <= 0) {
                continue;
            }
            int at = kept == best.length ? kept - 1 : kept++;
            // shift lower values down; an equal value already kept stays ahead (it came first)
            while (at > 0 && Double.compare(v, bestValues[at - 1]) > 0) {
                best[at] = best[at - 1];
                bestValues[at] = bestValues[at - 1];
                at--;
            }
            best[at] = i;
            bestValues[at] = v;
        }
        return best;
    }
}
