package io.callreview.scorecard.call;

import io.callreview.scorecard.transcript.Segment;
import io.callreview.scorecard.transcript.TranscriptFormat;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A call's transcript in time order, each speaker with their role")
public record TranscriptView(
        @Schema(example = "5f0c6f7e-8f5e-4bb4-9d56-0c3f0b1b8a11") String callId,
        @Schema(example = "webvtt") TranscriptFormat format,
        boolean timingEstimated,
        @Schema(example = "4210") int wordCount,
        List<Segment> segments) {
}
