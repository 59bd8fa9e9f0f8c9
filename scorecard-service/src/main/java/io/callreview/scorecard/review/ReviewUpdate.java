package io.callreview.scorecard.review;

import io.callreview.events.Verdict;
import io.callreview.scorecard.domain.Moment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The whole content of a review draft: it replaces the previous content")
public record ReviewUpdate(
        @NotNull @Size(max = 20) @Schema(description = "The coach's verdicts; a behaviour left out is undecided")
        List<@NotNull @Valid VerdictInput> verdicts,
        @Size(max = 100) @Schema(description = "Comments pinned to moments of the recording")
        List<@NotNull @Valid Moment> moments,
        @Size(max = 64) @Schema(example = "qualification", description = "What the rep did well; must be a behaviour this review marks MET")
        String strengthBehaviourKey,
        @Size(max = 64) @Schema(example = "next-steps", description = "What the rep should work on next")
        String focusBehaviourKey,
        @Size(max = 4000) @Schema(example = "Strong discovery; close with a concrete next step.")
        String summary) {

    public ReviewUpdate {
        moments = moments == null ? List.of() : moments;
    }

    @Schema(description = "The coach's verdict on one behaviour")
    public record VerdictInput(
            @NotBlank @Size(max = 64) @Schema(example = "next-steps") String behaviourKey,
            @NotNull @Schema(example = "MISSED", description = "MET, MISSED or NOT_APPLICABLE (where the behaviour allows it)")
            Verdict verdict,
            @Size(max = 1000) @Schema(example = "The 'next step' was the prospect's, the rep agreed to nothing concrete.",
                    description = "Why: required when the verdict differs from the automatic one")
            String reason,
            @Size(max = 4000) @Schema(example = "Propose a date before hanging up.") String comment) {
    }
}
