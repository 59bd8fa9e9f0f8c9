package io.callreview.scorecard.grading;

/**
 * Tuning of the automatic grader.
 *
 * @param needsReviewBelow a verdict whose confidence falls below this becomes NEEDS_REVIEW instead of a guess
 * @param maxEvidence      at most this many quotes are kept per behaviour, the strongest first
 * @param phraseSlop       how many extra words may stand inside a multi-word phrase ("next few steps")
 */
public record GradingSettings(double needsReviewBelow, int maxEvidence, int phraseSlop) {

    public static final GradingSettings DEFAULTS = new GradingSettings(0.6, 5, 1);

    public GradingSettings {
        if (needsReviewBelow < 0 || needsReviewBelow > 1) {
            throw new IllegalArgumentException("needsReviewBelow must be within 0..1");
        }
        if (maxEvidence < 1 || phraseSlop < 0) {
            throw new IllegalArgumentException("maxEvidence must be positive and phraseSlop not negative");
        }
    }
}
