package io.callreview.scorecard.calltype;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new call type; a field not listed here is refused", additionalProperties = Schema.False.class)
public record CallTypeRequest(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "must be 2 to 40 lower-case letters, digits or '-', starting with a letter")
        @Schema(example = "discovery", description = "Stable key used by integrations") String key,
        @NotBlank @Size(max = 120) @Schema(example = "Discovery call") String name,
        @Size(max = 2000) @Schema(example = "First call with a qualified lead: uncover pains, budget and timing.") String description) {
}
