package io.callreview.coaching.profile;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A call where the behaviour was done well, with the moment to listen to")
public record ExampleCallView(
        @Schema(example = "c-88") String callId,
        @Schema(example = "discovery") String callType,
        Instant startedAt,
        @Schema(example = "87.5") Double overallScore,
        @Schema(example = "So we agreed: demo on Tuesday with your CFO, and I send the proposal by Friday.") String quote,
        @Schema(example = "https://app.callreview.local/calls/c-88?t=1312") String url) {
}
