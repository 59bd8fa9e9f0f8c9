package io.callreview.scorecard.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The team a rep is on")
public record RepAssignmentRequest(
        @NotBlank @Size(max = 200) @Schema(example = "team-emea") String teamId,
        @Size(max = 200) @Schema(example = "Rita Rep") String displayName) {
}
