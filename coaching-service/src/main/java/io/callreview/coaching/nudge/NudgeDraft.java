package io.callreview.coaching.nudge;

import io.callreview.events.NudgeRequested;
import java.time.Instant;
import java.util.List;

/** What a planned nudge will say, to whom it matters, and when. */
record NudgeDraft(
        NudgeRequested.Kind kind,
        NudgeRequested.Priority priority,
        boolean urgent,
        String behaviourKey,
        String callId,
        String callType,
        String title,
        String body,
        String reason,
        List<NudgeRequested.Action> actions,
        Instant earliestAt,
        Instant dueAt,
        Instant expiresAt,
        boolean countsTowardCap) {
}
