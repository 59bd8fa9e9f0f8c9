package io.callreview.scorecard.dispute;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The rep acknowledged a score revision of their call")
public record AcknowledgementView(
        @Schema(example = "5f0c6f7e-8f5e-4bb4-9d56-0c3f0b1b8a11") String callId,
        @Schema(example = "2") int revision,
        Instant acknowledgedAt) {
}
