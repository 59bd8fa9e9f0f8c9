package io.callreview.scorecard.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The teams a coach coaches")
public record CoachTeamsRequest(
        @NotNull @Size(min = 1, max = 100) @Schema(example = "[\"team-emea\", \"team-dach\"]")
        List<@NotBlank @Size(max = 200) String> teams) {
}
