package io.callreview.scorecard.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What must happen in a call for a behaviour to apply at all, e.g. "the prospect raises a price objection"
 * before "the rep handles the objection" can be expected. Only behaviours that allow N/A use it.
 */
@Schema(description = "When the behaviour applies: if none of these phrases is said by this speaker, the grader answers NOT_APPLICABLE")
public record Precondition(
        @NotEmpty @Size(max = 50) @Schema(example = "[\"too expensive\", \"concern\", \"not sure\"]")
        List<@NotBlank @Size(max = 200) String> phrases,
        @NotNull @Schema(example = "PROSPECT") RequiredSpeaker speaker) {

    public Precondition {
        phrases = phrases == null ? null : List.copyOf(phrases);
    }
}
