package io.callreview.scorecard.call;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One utterance of a transcript")
public record SegmentRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Rita Rep") String speaker,
        @NotNull @PositiveOrZero @Schema(example = "1500") Long startMs,
        @NotNull @PositiveOrZero @Schema(example = "6200") Long endMs,
        @NotNull @Size(max = 100_000) @Schema(example = "What budget have you set aside for this?") String text) {
}
