package io.callreview.scorecard.scheduledcall;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A scheduled call; coaching-service hears of it through a CallScheduled event")
public record ScheduledCallView(
        @Schema(example = "0b6f3e0a-4f7e-4a51-a1f4-3a0f8f1f9b1e") String id,
        @Schema(example = "crm-meeting-5512") String externalId,
        @Schema(example = "salesforce") String source,
        @Schema(example = "rep-42") String repId,
        @Schema(example = "team-emea") String teamId,
        @Schema(example = "discovery") String callType,
        Instant startsAt,
        Instant createdAt,
        Instant updatedAt) {
}
