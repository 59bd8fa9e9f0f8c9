package io.callreview.scorecard.suggestion;

/** Suggestions as the API shows them. */
final class SuggestionViews {

    private SuggestionViews() {
    }

    static ExampleSuggestionView suggestion(ExampleSuggestion s) {
        return new ExampleSuggestionView(s.id, s.callType.key, s.behaviourKey, s.kind, s.text, s.callId, s.reviewId, s.atMs,
                s.scorecardVersion, s.coachId, s.reason, s.status, s.createdAt, s.decidedBy, s.decidedAt, s.draftVersion);
    }
}
