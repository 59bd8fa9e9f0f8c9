package io.callreview.scorecard.grading;

/**
 * Tuning of the automatic grader.
 *
 * @param needsReviewBelow a verdict whose confidence falls below this becomes NEEDS_REVIEW instead of a guess
 * @param maxEvidence      at most this many quotes are kept per behaviour, the strongest first
 * @param phraseSlop       how many extra words may stand inside a multi-word phrase ("next few steps")
 * @param semanticMargin   how much nearer an utterance must come to the behaviour's nearest example than to the
 *                         nearest thing it is not (counter-examples, ordinary talk) to count; cosine similarity
 * @param phraseVetoMargin below this margin a phrase match does not count: the utterance means something else
 * @param minimumVote      the least share of an utterance's nearest neighbours that must be the behaviour's examples
 */
public record GradingSettings(double needsReviewBelow, int maxEvidence, int phraseSlop, double semanticMargin,
                              double phraseVetoMargin, double minimumVote) {

    public static final GradingSettings DEFAULTS = new GradingSettings(0.6, 5, 1, -0.02, -0.1, 0.35);

    public GradingSettings {
        if (needsReviewBelow < 0 || needsReviewBelow > 1) {
            throw new IllegalArgumentException("needsReviewBelow must be within 0..1");
        }
        if (maxEvidence < 1 || phraseSlop < 0) {
            throw new IllegalArgumentException("maxEvidence must be positive and phraseSlop not negative");
        }
        if (phraseVetoMargin > semanticMargin) {
            throw new IllegalArgumentException("phraseVetoMargin must not be above semanticMargin");
        }
    }

    public GradingSettings(double needsReviewBelow, int maxEvidence, int phraseSlop) {
        this(needsReviewBelow, maxEvidence, phraseSlop, DEFAULTS.semanticMargin(), DEFAULTS.phraseVetoMargin(),
                DEFAULTS.minimumVote());
    }
}
