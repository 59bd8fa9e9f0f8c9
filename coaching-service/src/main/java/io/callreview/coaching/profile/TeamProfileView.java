package io.callreview.coaching.profile;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A team's coaching picture: each rep's standing and each behaviour across the team")
public record TeamProfileView(
        @Schema(example = "team-east") String teamId,
        List<TeamRepView> reps,
        List<TeamBehaviourView> behaviours) {
}
