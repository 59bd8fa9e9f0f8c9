package io.callreview.scorecard.calltype;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A call type")
public record CallTypeView(
        @Schema(example = "discovery") String key,
        @Schema(example = "Discovery call") String name,
        String description,
        @Schema(description = "Version of the scorecard that grades new calls, if one is published", example = "2")
        Integer publishedScorecardVersion,
        Instant createdAt,
        Instant updatedAt) {
}
