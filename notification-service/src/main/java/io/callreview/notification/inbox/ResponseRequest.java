package io.callreview.notification.inbox;

import io.callreview.events.RepResponse;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A rep's answer to a nudge")
public record ResponseRequest(
        @NotNull @Schema(example = "SELF_ASSESSMENT") RepResponse.Kind kind,
        @Schema(example = "YES", description = "Required for SELF_ASSESSMENT, absent for ACKNOWLEDGED") RepResponse.SelfAssessment selfAssessment) {
}
