package io.callreview.coaching.profile;

import io.callreview.coaching.rules.Approach;
import io.callreview.coaching.rules.Stage;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One behaviour across a team")
public record TeamBehaviourView(
        @Schema(example = "next-steps") String behaviourKey,
        @Schema(example = "Does the rep close with agreed next steps?") String question,
        @Schema(description = "Reps with at least one decided verdict", example = "7") int reps,
        @Schema(description = "Recent decided verdicts across those reps", example = "58") int recentReviews,
        @Schema(example = "31") int recentMet,
        @Schema(example = "0.53") double recentAdherence,
        @Schema(description = "How many reps stand at each stage") Map<Stage, Integer> stages,
        @Schema(description = "Which reps need which approach") Map<Approach, List<String>> approaches,
        @Schema(description = "Peers who consistently excel at it, per call type, best first") List<MentorView> mentors) {
}
