package io.callreview.scorecard.suggestion;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a suggestion is not taken (optional)")
public record RejectionRequest(
        @Size(max = 2000) @Schema(example = "The prospect said it, not the rep") String reason) {
}
