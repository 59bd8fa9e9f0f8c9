package io.callreview.scorecard.scorecard;

import io.callreview.scorecard.domain.ScorecardStatus;
import io.callreview.scorecard.domain.ScorecardVersion;
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

    public static ScorecardSummary of(ScorecardVersion scorecard) {
        return new ScorecardSummary(scorecard.version, scorecard.status, scorecard.behaviours.size(),
                scorecard.createdAt, scorecard.publishedAt, scorecard.retiredAt);
    }
}
