package io.callreview.scorecard.call.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who a user of a webhook source is in the call-review suite")
public record IdentityRequest(
        @NotBlank @Size(max = 200) @Schema(example = "rep-42") String repId,
        @NotBlank @Size(max = 200) @Schema(example = "team-emea") String teamId,
        @Size(max = 200) @Schema(example = "Rita Rep", description = "The name the rep appears under in transcripts")
        String displayName) {
}
