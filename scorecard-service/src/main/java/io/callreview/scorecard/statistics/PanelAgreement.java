package io.callreview.scorecard.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a panel of raters agrees on the same items: the share of agreeing rater pairs, kappa (Cohen's for two
 * raters, Fleiss' for more), the consensus of each item (its most frequent label, when one label leads alone) and
 * how often each rater departs from it.
 */
public final class PanelAgreement {

    public enum Method { COHEN, FLEISS }

    /** One rater against the consensus: items that had one, and how many of those the rater labelled otherwise. */
    public record Deviation(int compared, int differing) {
        public double rate() {
            return compared == 0 ? Double.NaN : (double) differing / compared;
        }
    }

    /**
     * @param percentAgreement mean share of agreeing rater pairs per item (for two raters: the share of items they agree on)
     * @param categoryKappas   Fleiss' kappa of each category against the others (more than two raters), NaN where undefined
     * @param consensus        per item, the label that leads alone, or null on a tie
     * @param deviations       per rater, in the order given
     */
    public record Result<T>(int items, int raters, double percentAgreement, double kappa, Method method,
                            Map<T, Double> categoryKappas, List<T> consensus, List<Deviation> deviations) {
    }

    private PanelAgreement() {
    }

    /** {@code ratingsByRater.get(r).get(i)}: rater r's label for item i; every rater labels every item. */
    public static <T> Result<T> of(List<List<T>> ratingsByRater, List<T> categories) {
        int raters = ratingsByRater.size();
        if (raters < 2) {
            throw new IllegalArgumentException("agreement needs at least two raters");
        }
        int items = ratingsByRater.get(0).size();
        if (items == 0 || ratingsByRater.stream().anyMatch(r -> r.size() != items)) {
            throw new IllegalArgumentException("every rater must label the same, non-empty list of items");
        }
        List<List<T>> byItem = new ArrayList<>();
        double agreement = 0;
        List<T> consensus = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            List<T> labels = new ArrayList<>();
            for (List<T> rater : ratingsByRater) {
                labels.add(Objects.requireNonNull(rater.get(i)));
            }
            byItem.add(labels);
            Map<T, Integer> counts = new LinkedHashMap<>();
            labels.forEach(label -> counts.merge(label, 1, Integer::sum));
            double agreeingPairs = counts.values().stream().mapToDouble(n -> (double) n * (n - 1)).sum();
            agreement += agreeingPairs / ((double) raters * (raters - 1));
            int top = Collections.max(counts.values());
            List<T> leaders = counts.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
            consensus.add(leaders.size() == 1 ? leaders.get(0) : null);
        }
        List<Deviation> deviations = new ArrayList<>();
        for (List<T> rater : ratingsByRater) {
            int compared = 0;
            int differing = 0;
            for (int i = 0; i < items; i++) {
                if (consensus.get(i) != null) {
                    compared++;
                    if (!consensus.get(i).equals(rater.get(i))) {
                        differing++;
                    }
                }
            }
            deviations.add(new Deviation(compared, differing));
        }
        Map<T, Double> categoryKappas = new LinkedHashMap<>();
        double kappa;
        Method method;
        if (raters == 2) {
            method = Method.COHEN;
            kappa = CohenKappa.of(ratingsByRater.get(0), ratingsByRater.get(1));
        } else {
            method = Method.FLEISS;
            FleissKappa.Result fleiss = FleissKappa.ofRatings(byItem, categories);
            kappa = fleiss.kappa();
            for (int j = 0; j < categories.size(); j++) {
                categoryKappas.put(categories.get(j), fleiss.categoryKappas()[j]);
            }
        }
        return new Result<>(items, raters, agreement / items, kappa, method, categoryKappas, consensus, deviations);
    }
}
