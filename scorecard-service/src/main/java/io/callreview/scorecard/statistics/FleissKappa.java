package io.callreview.scorecard.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fleiss' kappa: agreement among a fixed number of raters per item, corrected for chance (Fleiss 1971). */
public final class FleissKappa {

    /**
     * @param kappa             overall agreement beyond chance
     * @param observedAgreement mean share of agreeing rater pairs per item ({@code P-bar})
     * @param chanceAgreement   agreement expected by chance ({@code P-bar e})
     * @param categoryKappas    kappa of each category against all others, by category index
     */
    public record Result(double kappa, double observedAgreement, double chanceAgreement, double[] categoryKappas) {
    }

    private FleissKappa() {
    }

    /** {@code counts[item][category]}: how many raters put the item in the category; every row sums to the same n. */
    public static Result of(int[][] counts) {
        int items = counts.length;
        if (items == 0) {
            throw new IllegalArgumentException("no items rated");
        }
        int categories = counts[0].length;
        int raters = sum(counts[0]);
        if (raters < 2) {
            throw new IllegalArgumentException("Fleiss' kappa needs at least two raters per item");
        }
        double[] categoryShare = new double[categories];
        double meanAgreement = 0;
        for (int[] row : counts) {
            if (row.length != categories || sum(row) != raters) {
                throw new IllegalArgumentException("every item needs the same number of ratings in the same categories");
            }
            double agreeingPairs = 0;
            for (int j = 0; j < categories; j++) {
                categoryShare[j] += row[j];
                agreeingPairs += (double) row[j] * (row[j] - 1);
            }
            meanAgreement += agreeingPairs / ((double) raters * (raters - 1));
        }
        meanAgreement /= items;
        double chance = 0;
        for (int j = 0; j < categories; j++) {
            categoryShare[j] /= (double) items * raters;
            chance += categoryShare[j] * categoryShare[j];
        }
        double kappa = chance == 1 ? Double.NaN : (meanAgreement - chance) / (1 - chance);
        return new Result(kappa, meanAgreement, chance, categoryKappas(counts, categoryShare, raters));
    }

    /** Kappa from each item's ratings (one label per rater); every item needs the same number of raters. */
    public static <T> Result ofRatings(List<List<T>> ratingsPerItem, List<T> categories) {
        Map<T, Integer> index = new LinkedHashMap<>();
        categories.forEach(category -> index.put(category, index.size()));
        int[][] counts = new int[ratingsPerItem.size()][categories.size()];
        for (int i = 0; i < ratingsPerItem.size(); i++) {
            for (T rating : ratingsPerItem.get(i)) {
                Integer column = index.get(rating);
                if (column == null) {
                    throw new IllegalArgumentException("unknown category " + rating);
                }
                counts[i][column]++;
            }
        }
        return of(counts);
    }

    private static double[] categoryKappas(int[][] counts, double[] share, int raters) {
        double[] kappas = new double[share.length];
        for (int j = 0; j < share.length; j++) {
            double disagreement = 0;
            for (int[] row : counts) {
                disagreement += (double) row[j] * (raters - row[j]);
            }
            double denominator = (double) counts.length * raters * (raters - 1) * share[j] * (1 - share[j]);
            kappas[j] = denominator == 0 ? Double.NaN : 1 - disagreement / denominator;
        }
        return kappas;
    }

    private static int sum(int[] row) {
        int total = 0;
        for (int value : row) {
            total += value;
        }
        return total;
    }
}
