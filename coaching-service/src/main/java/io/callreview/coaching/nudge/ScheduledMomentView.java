package io.callreview.coaching.nudge;

import io.callreview.events.NudgeRequested;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A micro-moment of the rep's schedule, with the evidence or rule that produced it")
public record ScheduledMomentView(
        String nudgeId,
        @Schema(example = "reinforce:rep-42:next-steps:2025-03-04") String dedupeKey,
        NudgeRequested.Kind kind,
        NudgeRequested.Priority priority,
        boolean urgent,
        @Schema(example = "next-steps") String behaviourKey,
        String callId,
        String callType,
        String title,
        String body,
        @Schema(description = "Which evidence or rule produced it") String reason,
        List<NudgeRequested.Action> actions,
        @Schema(description = "When the moment is right, before working hours and the daily cap") Instant earliestAt,
        Instant dueAt,
        Instant expiresAt,
        NudgeStatus status,
        @Schema(description = "Why it waits, or why it was skipped or cancelled") String statusReason,
        Instant sentAt) {
}
