package io.callreview.scorecard.scorecard;

import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.ScorecardStatus;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One version of a call type's scorecard")
public record ScorecardView(
        @Schema(example = "discovery") String callType,
        @Schema(example = "1") int version,
        @Schema(example = "PUBLISHED") ScorecardStatus status,
        List<Behaviour> behaviours,
        Instant createdAt,
        String createdBy,
        Instant publishedAt,
        String publishedBy,
        Instant retiredAt) {
}
