package io.callreview.coaching.profile;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One rep of a team, in short")
public record TeamRepView(
        @Schema(example = "rep-42") String repId,
        long scoredCalls,
        boolean newRep,
        Instant lastCallAt,
        List<String> focusBehaviours,
        String activePlanId,
        List<RepBehaviourSummaryView> behaviours) {
}
