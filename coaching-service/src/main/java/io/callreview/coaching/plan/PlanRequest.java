package io.callreview.coaching.plan;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A coaching plan for a rep of the coach's team")
public record PlanRequest(
        @NotBlank @Size(max = 200) @Schema(example = "rep-42") String repId,
        @NotNull @Size(min = 1, max = 2) @Schema(description = "One or two behaviours to focus on", example = "[\"next-steps\"]")
        List<@NotBlank @Size(max = 64) String> focusBehaviours,
        @NotNull @DecimalMin("0.05") @DecimalMax("1.0") @Schema(description = "Share of calls that should show the focus behaviours", example = "0.8")
        Double targetAdherence,
        @NotNull @Schema(description = "When coach and rep review the plan", example = "2030-06-30") LocalDate reviewDate,
        @Size(max = 4000) @Schema(example = "Close every discovery call with a date for the next meeting.") String notes,
        @Size(max = 1000) @Schema(description = "What the rep found holds them back, found with the coach's help",
                example = "I am afraid of sounding pushy when I ask for the next meeting.") String blockage,
        @Size(max = 1000) @Schema(description = "What the rep and the coach agreed to do about it; the follow-up nudges recall it",
                example = "Offer two dates as a question: 'Would Tuesday or Thursday suit you better?'") String solution) {
}
