package io.callreview.scorecard.grading;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

@ConfigMapping(prefix = "callreview.grading")
public interface GradingConfig {

    /** A verdict whose confidence is below this becomes NEEDS_REVIEW. */
    @WithDefault("0.6")
    double needsReviewBelow();

    /** Quotes kept per behaviour. */
    @WithDefault("5")
    int maxEvidence();

    /** Extra words allowed inside a multi-word phrase. */
    @WithDefault("1")
    int phraseSlop();

    /** A file of extra concept synonyms in Solr format ("a, b, c" per line) added to the built-in sales concepts. */
    Optional<String> conceptsFile();
}
