package io.callreview.scorecard.call;

import io.callreview.scorecard.transcript.TranscriptFormat;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What was received as the transcript; the segments are at /api/calls/{id}/transcript")
public record TranscriptSummary(
        @Schema(example = "webvtt") TranscriptFormat format,
        @Schema(example = "4210") int wordCount,
        @Schema(example = "312") int segmentCount,
        @Schema(example = "false", description = "True for plain text: positions were estimated from word counts")
        boolean timingEstimated) {
}
