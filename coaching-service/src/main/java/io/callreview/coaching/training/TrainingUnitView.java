package io.callreview.coaching.training;

import io.callreview.coaching.domain.TrainingStatus;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A short training unit on one behaviour: guidance, examples and teammates' moments; spaced quizzes follow")
public record TrainingUnitView(
        String id,
        @Schema(example = "rep-42") String repId,
        @Schema(example = "next-steps") String behaviourKey,
        @Schema(example = "discovery") String callType,
        @Schema(example = "Does the rep close with next steps or a mutual plan?") String question,
        @Schema(example = "ASSIGNED") TrainingStatus status,
        @Schema(description = "Why it was assigned", example = "New rep: only 1 scored call so far (met on 0 of the last 1 scored calls). Teach the behaviour first; coaching comes once they know it.")
        String reason,
        String guidance,
        @Schema(example = "[\"Before the call ends the rep agrees a concrete next step with a date.\"]") List<String> guidancePoints,
        List<String> examples,
        List<TrainingMomentView> peerMoments,
        Instant assignedAt,
        Instant doneAt,
        @Schema(description = "When it was passed or withdrawn") Instant endedAt,
        @Schema(description = "Why it was passed or withdrawn", example = "No longer needed: the rep reached the target without it.")
        String endReason,
        QuizProgressView quizzes) {
}
