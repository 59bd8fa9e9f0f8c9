package io.callreview.scorecard.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "callreview.review")
public interface ReviewConfig {

    /** A decided automatic verdict under this confidence puts the call in the review queue (LOW_CONFIDENCE). */
    @WithDefault("0.75")
    double lowConfidenceBelow();

    /**
     * Share of the remaining calls (0 to 100) queued as a SAMPLE, chosen by a hash of the call id so every coach and
     * every instance sees the same sample.
     */
    @WithDefault("10")
    int samplePercent();
}
