package io.callreview.scorecard.dispute;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A rep disputes one behaviour's verdict in the latest score of their call")
public record DisputeRequest(
        @NotBlank @Size(max = 64) @Schema(example = "next-steps") String behaviourKey,
        @NotBlank @Size(max = 2000) @Schema(example = "We agreed on a demo next Thursday at 14:00: it is at 28:20 in the recording.")
        String comment) {
}
