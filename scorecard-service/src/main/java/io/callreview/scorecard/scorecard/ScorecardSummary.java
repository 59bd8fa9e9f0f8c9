package io.callreview.scorecard.scorecard;

import io.callreview.scorecard.domain.ScorecardStatus;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A scorecard version in a list")
public record ScorecardSummary(
        @Schema(example = "2") int version,
        @Schema(example = "PUBLISHED") ScorecardStatus status,
        @Schema(example = "5") int behaviourCount,
        Instant createdAt,
        Instant publishedAt,
        Instant retiredAt) {
}
