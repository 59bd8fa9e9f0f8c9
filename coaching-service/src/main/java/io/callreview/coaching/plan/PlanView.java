package io.callreview.coaching.plan;

import io.callreview.coaching.domain.PlanStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A coaching plan with its progress and effectiveness")
public record PlanView(
        String id,
        @Schema(example = "rep-42") String repId,
        @Schema(example = "team-east") String teamId,
        @Schema(example = "coach-7") String coachId,
        PlanStatus status,
        List<String> focusBehaviours,
        @Schema(example = "0.8") double targetAdherence,
        LocalDate reviewDate,
        String notes,
        @Schema(description = "What the rep found holds them back") String blockage,
        @Schema(description = "What the rep and the coach agreed to do about it") String solution,
        Instant startedAt,
        Instant endedAt,
        Instant updatedAt,
        @Schema(example = "acme-coach-7") String updatedBy,
        @Schema(description = "Send it back with an update", example = "2") long version,
        @Schema(description = "Per focus behaviour, from the scores since the plan started") List<PlanProgressView> progress,
        PlanEffectivenessView effectiveness) {
}
