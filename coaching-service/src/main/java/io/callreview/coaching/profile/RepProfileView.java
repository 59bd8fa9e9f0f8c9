package io.callreview.coaching.profile;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A rep's skill profile: every behaviour graded on their calls, with memory, stage, diagnosis and the next moment")
public record RepProfileView(
        @Schema(example = "rep-42") String repId,
        @Schema(example = "team-east") String teamId,
        @Schema(description = "Scored calls known to coaching", example = "12") long scoredCalls,
        @Schema(description = "Fewer scored calls than the new-rep threshold: training comes first") boolean newRep,
        Instant firstCallAt,
        Instant lastCallAt,
        @Schema(description = "Behaviours the rep works on now (a plan's, or the most valuable gaps)", example = "[\"next-steps\"]")
        List<String> focusBehaviours,
        @Schema(description = "The rep's active coaching plan, if any") String activePlanId,
        @Schema(description = "Teammates may hear the moments of this rep's calls where they did a behaviour well") boolean shareMoments,
        List<BehaviourProfileView> behaviours) {
}
