package io.callreview.coaching.profile;

import io.callreview.events.Verdict;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The rep's verdicts at the behaviour (not-applicable and undecided verdicts are not reviews)")
public record VerdictRecordView(
        @Schema(description = "Calls with a decided verdict (met or missed)", example = "8") int reviews,
        @Schema(example = "5") int met,
        @Schema(example = "3") int missed,
        @Schema(description = "Decided verdicts in the recent window", example = "8") int recentReviews,
        @Schema(example = "5") int recentMet,
        @Schema(description = "recentMet / recentReviews", example = "0.625") double recentAdherence,
        Verdict lastVerdict,
        @Schema(example = "discovery") String lastCallType,
        Instant lastReviewedAt) {
}
