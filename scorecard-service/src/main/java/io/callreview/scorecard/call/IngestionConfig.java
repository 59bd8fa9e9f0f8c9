package io.callreview.scorecard.call;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "callreview.ingestion")
public interface IngestionConfig {

    /**
     * Longest transcript accepted, in words. A three-hour call at a brisk 200 words a minute is about
     * 36,000 words; the cap leaves room above that and refuses what is no longer a call.
     */
    @WithDefault("60000")
    int maxTranscriptWords();

    /** Most segments (or cues) accepted in one transcript. */
    @WithDefault("20000")
    int maxSegments();
}
