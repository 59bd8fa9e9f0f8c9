package io.callreview.scorecard.call;

import io.callreview.scorecard.transcript.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person on the call; transcript speakers of the same name (any case) get this role")
public record ParticipantRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Rita Rep") String name,
        @NotNull @Schema(example = "rep", enumeration = {"rep", "prospect", "other"}) Role role) {
}
