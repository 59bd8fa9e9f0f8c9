package io.callreview.scorecard.statistics;

/**
 * The Wilson score interval for a proportion (Wilson 1927): honest with few observations, so a rep
 * with three calls is not judged like one with eighty.
 */
public record WilsonInterval(double low, double high) {

    /** z for a two-sided 95% interval. */
    public static final double Z_95 = 1.959963984540054;

    public static WilsonInterval of(long successes, long trials) {
        return of(successes, trials, Z_95);
    }

    public static WilsonInterval of(long successes, long trials, double z) {
        if (trials <= 0) {
            return new WilsonInterval(0, 1);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException(successes + " successes out of " + trials + " trials");
        }
        double p = (double) successes / trials;
        double z2 = z * z;
        double denominator = 1 + z2 / trials;
        double centre = p + z2 / (2.0 * trials);
        double halfWidth = z * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials));
        return new WilsonInterval(Math.max(0, (centre - halfWidth) / denominator), Math.min(1, (centre + halfWidth) / denominator));
    }
}
