package io.callreview.coaching.profile;

import io.callreview.coaching.rules.Phase;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One move along the rep's path")
public record PhaseMoveView(
        @Schema(description = "Absent for the start", example = "TRAINING") Phase from,
        @Schema(example = "MENTORING") Phase to,
        @Schema(example = "Training done after 7 days of training: next, a peer shows how they do it.") String reason,
        @Schema(example = "2026-11-20T09:00:00Z") Instant at) {
}
