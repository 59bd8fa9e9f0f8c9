package io.callreview.scorecard.suggestion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Suggestions to accept into the call type's draft scorecard")
public record AcceptanceRequest(
        @NotNull @NotEmpty @Size(max = 100) @Schema(example = "[\"3f1c2a9e-1b7d-4c55-9f0a-7e2b6d4c8a11\"]")
        List<@NotBlank @Size(max = 36) String> ids) {
}
