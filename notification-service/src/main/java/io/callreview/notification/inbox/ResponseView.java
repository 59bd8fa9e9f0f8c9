package io.callreview.notification.inbox;

import io.callreview.events.RepResponse;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A recorded answer; it was published to coaching-service as RepResponse")
public record ResponseView(
        @Schema(example = "0b6f9a1e-6d2c-4a57-9d7e-2f9c3f0f8a11") String responseId,
        @Schema(example = "nudge-7f3c") String nudgeId,
        @Schema(example = "SELF_ASSESSMENT") RepResponse.Kind kind,
        @Schema(example = "YES") RepResponse.SelfAssessment selfAssessment,
        Instant respondedAt) {
}
