package io.callreview.scorecard.scorecard;

import io.callreview.scorecard.domain.ScorecardVersion;

/** Turns stored scorecard versions into what the scorecards API answers. */
final class ScorecardViews {

    private ScorecardViews() {
    }

    static ScorecardView scorecard(ScorecardVersion scorecard) {
        return new ScorecardView(scorecard.callType.key, scorecard.version, scorecard.status, scorecard.behaviourValues(),
                scorecard.createdAt, scorecard.createdBy, scorecard.publishedAt, scorecard.publishedBy, scorecard.retiredAt);
    }

    static ScorecardSummary summary(ScorecardVersion scorecard) {
        return new ScorecardSummary(scorecard.version, scorecard.status, scorecard.behaviours.size(),
                scorecard.createdAt, scorecard.publishedAt, scorecard.retiredAt);
    }
}
