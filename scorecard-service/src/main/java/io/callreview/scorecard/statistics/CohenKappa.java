package io.callreview.scorecard.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Cohen's kappa: agreement between two raters on the same items, corrected for chance (Cohen 1960). */
public final class CohenKappa {

    private CohenKappa() {
    }

    /**
     * {@code table[i][j]}: items that rater A put in category i and rater B in category j. NaN when there are none, or
     * when both raters put every item in the same category (kappa is 0/0 then).
     */
    public static double of(long[][] table) {
        int k = table.length;
        double total = 0;
        double agreed = 0;
        double[] rowSums = new double[k];
        double[] columnSums = new double[k];
        for (int i = 0; i < k; i++) {
            if (table[i].length != k) {
                throw new IllegalArgumentException("the agreement table must be square");
            }
            for (int j = 0; j < k; j++) {
                total += table[i][j];
                rowSums[i] += table[i][j];
                columnSums[j] += table[i][j];
            }
            agreed += table[i][i];
        }
        if (total == 0) {
            return Double.NaN;
        }
        double observed = agreed / total;
        double expected = 0;
        for (int i = 0; i < k; i++) {
            expected += (rowSums[i] / total) * (columnSums[i] / total);
        }
        // every rating in one category: agreement is certain by chance, so nothing beyond chance can be told
        return expected == 1 ? Double.NaN : (observed - expected) / (1 - expected);
    }

    /** Kappa of two raters' labels for the same items, in the same order. */
    public static <T> double of(List<T> raterA, List<T> raterB) {
        if (raterA.size() != raterB.size()) {
            throw new IllegalArgumentException("both raters must rate the same items");
        }
        Map<T, Integer> categories = new LinkedHashMap<>();
        for (int i = 0; i < raterA.size(); i++) {
            categories.putIfAbsent(Objects.requireNonNull(raterA.get(i)), categories.size());
            categories.putIfAbsent(Objects.requireNonNull(raterB.get(i)), categories.size());
        }
        long[][] table = new long[categories.size()][categories.size()];
        for (int i = 0; i < raterA.size(); i++) {
            table[categories.get(raterA.get(i))][categories.get(raterB.get(i))]++;
        }
        return of(table);
    }
}
