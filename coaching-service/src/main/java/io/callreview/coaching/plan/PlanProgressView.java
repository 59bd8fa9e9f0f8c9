package io.callreview.coaching.plan;

import io.callreview.coaching.rules.Stage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Progress at one focus behaviour since the plan started")
public record PlanProgressView(
        @Schema(example = "next-steps") String behaviourKey,
        String question,
        @Schema(description = "Decided verdicts since the plan started", example = "6") int reviews,
        @Schema(example = "4") int met,
        @Schema(example = "0.667") Double adherence,
        @Schema(example = "0.8") double targetAdherence,
        @Schema(description = "Enough calls since the start, at or above the target") boolean targetReached,
        Stage stage,
        @Schema(example = "0.91") Double retrievability) {
}
