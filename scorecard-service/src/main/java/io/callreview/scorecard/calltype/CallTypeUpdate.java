package io.callreview.scorecard.calltype;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "New name and description of a call type; its key never changes")
public record CallTypeUpdate(
        @NotBlank @Size(max = 120) @Schema(example = "Discovery call") String name,
        @Size(max = 2000) @Schema(example = "First call with a qualified lead.") String description) {
}
