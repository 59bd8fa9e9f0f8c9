package io.callreview.scorecard.analytics;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether analytics read whole days and weeks from the tallies (V12). Always, except in the tests that check the
 * tallies' answers against reading every call of the period.
 */
@ApplicationScoped
public class TallyReading {

    private volatile boolean enabled = true;

    boolean enabled() {
        return enabled;
    }

    void enable(boolean value) {
        enabled = value;
    }
}
