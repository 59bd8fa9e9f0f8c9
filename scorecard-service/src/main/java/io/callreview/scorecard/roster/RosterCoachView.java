package io.callreview.scorecard.roster;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A coach on the roster and the teams they coach")
public record RosterCoachView(
        @Schema(example = "coach-7") String coachId,
        @Schema(example = "[\"team-dach\", \"team-emea\"]") List<String> teams,
        Instant updatedAt) {
}
