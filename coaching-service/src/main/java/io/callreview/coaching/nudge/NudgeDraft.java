package io.callreview.coaching.nudge;

import io.callreview.coaching.rules.NudgeCopy;
import io.callreview.coaching.rules.NudgeRules.Timing;
import io.callreview.events.NudgeRequested;

/** What a planned nudge will say, to whom it matters, and when. */
record NudgeDraft(
        NudgeRequested.Kind kind,
        NudgeRequested.Priority priority,
        boolean urgent,
        String behaviourKey,
        String callId,
        String callType,
        NudgeCopy copy,
        Timing timing,
        boolean countsTowardCap) {
}
