package io.callreview.notification.delivery;

import io.callreview.events.NudgeRequested;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The delivery log of one nudge: each channel's status and every attempt")
public record NudgeDeliveries(
        @Schema(example = "nudge-7f3c") String nudgeId,
        @Schema(example = "rep-42") String repId,
        @Schema(example = "team-a") String teamId,
        @Schema(example = "POST_CALL_FEEDBACK") NudgeRequested.Kind kind,
        @Schema(example = "Great discovery call with Acme") String title,
        Instant receivedAt,
        Instant expiresAt,
        List<DeliveryView> deliveries) {
}
