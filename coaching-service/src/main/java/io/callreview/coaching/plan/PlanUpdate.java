package io.callreview.coaching.plan;

import io.callreview.coaching.domain.PlanStatus;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The new state of a plan: edit it while active, or complete or cancel it")
public record PlanUpdate(
        @NotNull @Size(min = 1, max = 2) @Schema(example = "[\"next-steps\", \"ask-budget\"]") List<@NotBlank @Size(max = 64) String> focusBehaviours,
        @NotNull @DecimalMin("0.05") @DecimalMax("1.0") @Schema(example = "0.8") Double targetAdherence,
        @NotNull @Schema(example = "2030-07-15") LocalDate reviewDate,
        @Size(max = 4000) String notes,
        @Size(max = 1000) @Schema(example = "I am afraid of sounding pushy when I ask for the next meeting.") String blockage,
        @Size(max = 1000) @Schema(example = "Offer two dates as a question.") String solution,
        @NotNull @Schema(description = "ACTIVE to edit; COMPLETED or CANCELLED to end the plan", example = "ACTIVE") PlanStatus status,
        @Schema(description = "The version read; a stale version is refused with 409", example = "0") Long version) {
}
