package io.callreview.scorecard.call.webhook;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A webhook source's user mapped to a rep and team")
public record IdentityView(
        @Schema(example = "hubspot") String source,
        @Schema(example = "31245", description = "HubSpot owner id, Zoom host id or e-mail (compared without case)") String externalUser,
        @Schema(example = "rep-42") String repId,
        @Schema(example = "team-emea") String teamId,
        @Schema(example = "Rita Rep") String displayName,
        Instant updatedAt) {
}
