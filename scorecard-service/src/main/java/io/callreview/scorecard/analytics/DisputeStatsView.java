package io.callreview.scorecard.analytics;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Disputes per behaviour for calls of the period: an often disputed behaviour is an unclear one")
public record DisputeStatsView(Instant from, Instant to, List<Behaviour> behaviours) {

    @Schema(name = "DisputeStats")
    public record Behaviour(
            @Schema(example = "next-steps") String behaviourKey,
            @Schema(example = "48", description = "Calls of the period scored on this behaviour") long scoredCalls,
            @Schema(example = "6") long disputes,
            @Schema(example = "1") long open,
            @Schema(example = "2") long accepted,
            @Schema(example = "1") long partiallyAccepted,
            @Schema(example = "2") long rejected,
            @Schema(example = "0.125", description = "Disputes per scored call") Double disputeRate) {
    }
}
