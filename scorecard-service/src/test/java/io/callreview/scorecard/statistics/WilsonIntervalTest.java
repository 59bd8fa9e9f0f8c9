package io.callreview.scorecard.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Wilson score intervals of Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table II. */
class WilsonIntervalTest {

    private static void assertInterval(long successes, long trials, double low, double high) {
        WilsonInterval interval = WilsonInterval.of(successes, trials);
        assertThat(interval.low()).isCloseTo(low, within(5e-5));
        assertThat(interval.high()).isCloseTo(high, within(5e-5));
    }

    @Test
    void newcombeExamples() {
        assertInterval(81, 263, 0.2553, 0.3662);
        assertInterval(15, 148, 0.0624, 0.1605);
        assertInterval(0, 20, 0.0, 0.1611);
        assertInterval(1, 29, 0.0061, 0.1718);
        assertInterval(29, 29, 0.8830, 1.0);
    }

    @Test
    void threeCallsAreJudgedFarMoreCautiouslyThanEighty() {
        WilsonInterval few = WilsonInterval.of(2, 3);
        WilsonInterval many = WilsonInterval.of(53, 80);
        assertThat(few.high() - few.low()).isGreaterThan(3 * (many.high() - many.low()));
    }
}
