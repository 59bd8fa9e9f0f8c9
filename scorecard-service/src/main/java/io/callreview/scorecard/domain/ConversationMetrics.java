package io.callreview.scorecard.domain;

/**
 * The conversation measures coaches look at beside the scorecard.
 *
 * @param repTalkRatio          the rep's share of the talk time of rep and prospect, 0..1 (null if neither spoke)
 * @param repQuestions          questions the rep asked (sentences ending in '?' or opening with an interrogative)
 * @param prospectQuestions     questions the prospect asked
 * @param longestRepMonologueMs the longest stretch the rep spoke without anyone else speaking
 * @param longestProspectMonologueMs the longest stretch the prospect spoke: the customer's story
 * @param interruptions         times the rep started speaking before the prospect had finished (null when timing was estimated)
 * @param averagePatienceMs     mean pause before the rep answered the prospect (null when timing was estimated)
 * @param repWordsPerMinute     the rep's speaking pace
 */
public record ConversationMetrics(
        long durationMs,
        int wordCount,
        boolean timingEstimated,
        long repTalkMs,
        long prospectTalkMs,
        long otherTalkMs,
        Double repTalkRatio,
        int repQuestions,
        int prospectQuestions,
        long longestRepMonologueMs,
        long longestProspectMonologueMs,
        Integer interruptions,
        Long averagePatienceMs,
        Double repWordsPerMinute) {
}
