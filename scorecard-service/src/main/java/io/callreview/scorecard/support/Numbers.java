package io.callreview.scorecard.support;

/** Statistics are NaN where undefined; JSON has no NaN, so the API says null. */
public final class Numbers {

    private Numbers() {
    }

    public static Double finite(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
    }
}
