package io.callreview.scorecard.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coach's comment pinned to a moment of the recording, optionally about one behaviour. */
@Schema(description = "A comment pinned to a timestamp of the recording")
public record Moment(
        @PositiveOrZero @Schema(example = "754000", description = "Milliseconds from the start of the call") long atMs,
        @Size(max = 64) @Schema(example = "qualification", description = "The behaviour the moment illustrates, if any: what was"
                + " said then becomes that behaviour's evidence in the finalised review's revision")
        String behaviourKey,
        @NotBlank @Size(max = 2000) @Schema(example = "Great open question about the budget: let the prospect answer fully.")
        String comment) {
}
