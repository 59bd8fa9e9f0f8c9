package io.callreview.scorecard.call;

import io.callreview.events.CallScored;
import io.callreview.scorecard.domain.ConversationMetrics;
import io.callreview.scorecard.domain.Moment;
import io.callreview.scorecard.domain.ScoreStatus;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One score revision of a call: revision 1 is the automatic grade, later ones coach reviews"
        + " and accepted disputes")
public record ScoreView(
        @Schema(example = "5f0c6f7e-8f5e-4bb4-9d56-0c3f0b1b8a11") String callId,
        @Schema(example = "1") int revision,
        @Schema(example = "AUTO_SCORED") ScoreStatus status,
        CallScored.Scorer scorer,
        @Schema(example = "3") int scorecardVersion,
        @Schema(example = "80.0", description = "Weighted % of MET among MET and MISSED behaviours; null when none is decided")
        Double overallScore,
        @Schema(example = "false", description = "A critical behaviour was MISSED") boolean autoFailed,
        @Schema(example = "true", description = "Some behaviour is NEEDS_REVIEW") boolean reviewRequired,
        Instant scoredAt,
        List<BehaviourVerdictView> behaviours,
        ConversationMetrics metrics,
        @Schema(example = "qualification", description = "What the rep did well: the coach's pick, else the heaviest MET behaviour")
        String strengthBehaviourKey,
        @Schema(example = "next-steps", description = "What to work on: the coach's pick, else the critical then heaviest MISSED behaviour")
        String focusBehaviourKey,
        @Schema(description = "Coach comments pinned to moments of the recording") List<Moment> moments,
        @Schema(example = "Strong discovery; close with a concrete next step.", description = "The coach's summary (reviews)")
        String comment,
        @Schema(example = "7c1e2d9a-5b40-4f6e-a1c3-9d8e7f6a5b43", description = "The rep's dispute whose acceptance made this"
                + " revision: it changed that one verdict and is no review of the call; null otherwise")
        String disputeId) {
}
