package io.callreview.scorecard.service;

/** Statistics are NaN where undefined; JSON has no NaN, so the API says null. */
final class Numbers {

    private Numbers() {
    }

    static Double finite(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
    }
}
