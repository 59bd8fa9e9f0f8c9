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

    /** Recognise behaviours by meaning from their examples; false grades by phrases only. */
    @WithDefault("true")
    boolean semantic();

    /** How much nearer to an example than to anything else an utterance must come to count. */
    @WithDefault("-0.02")
    double semanticMargin();

    /** Below this margin a phrase match does not count: the utterance means something else. */
    @WithDefault("-0.1")
    double phraseVetoMargin();

    /** The least share of an utterance's nearest neighbours that must be the behaviour's examples. */
    @WithDefault("0.35")
    double minimumVote();

    /** A transcript of fewer words in all is no conversation to grade (a dropped call); 0 grades every call. */
    @WithDefault("50")
    int minimumWords();

    /**
     * Once the rep began, anyone else must say at least this many words for the call to be graded (else it was a
     * voicemail, or nobody on the line); 0 grades one-sided calls too.
     */
    @WithDefault("15")
    int minimumReplyWords();
}
