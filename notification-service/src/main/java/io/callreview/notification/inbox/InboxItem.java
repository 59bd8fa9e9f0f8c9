package io.callreview.notification.inbox;

import io.callreview.events.NudgeRequested;
import io.callreview.events.RepResponse;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A nudge in a rep's inbox")
public record InboxItem(
        @Schema(example = "nudge-7f3c") String nudgeId,
        @Schema(example = "POST_CALL_FEEDBACK") NudgeRequested.Kind kind,
        @Schema(example = "NORMAL") NudgeRequested.Priority priority,
        boolean urgent,
        @Schema(example = "Great discovery call with Acme") String title,
        @Schema(example = "You uncovered the budget early - well done. One focus for next time: agree on next steps before you hang up.")
        String body,
        @Schema(example = "Next steps were missed on 3 of your last 5 discovery calls") String reason,
        @Schema(example = "next-steps") String behaviourKey,
        @Schema(example = "call-123") String callId,
        @Schema(example = "discovery") String callType,
        List<NudgeRequested.Action> actions,
        Instant receivedAt,
        Instant readAt,
        Instant expiresAt,
        @Schema(description = "Past its expiry: still listed, but not counted as unread") boolean expired,
        @Schema(example = "nudge-9a1d", description = "The later nudge that corrected this one (a coach accepted the rep's"
                + " dispute of the verdict it was about): still listed, but not counted as unread; null while it stands")
        String revisedBy,
        Instant revisedAt,
        Answers answers) {

    @Schema(description = "What the rep answered so far")
    public record Answers(Instant acknowledgedAt, RepResponse.SelfAssessment selfAssessment, Instant selfAssessedAt,
                          @Schema(description = "What made it work, if the nudge asked") Choice reflection,
                          @Schema(description = "The quiz answer, if the nudge asked") Choice quizAnswer) {
    }

    @Schema(description = "A choice picked and/or the rep's own words")
    public record Choice(@Schema(example = "I asked about their timeline first") String choice, String text, Instant at) {
    }
}
