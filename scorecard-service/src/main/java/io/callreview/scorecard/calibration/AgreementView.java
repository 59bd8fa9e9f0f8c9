package io.callreview.scorecard.calibration;

import io.callreview.events.Verdict;
import io.callreview.scorecard.statistics.PanelAgreement;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How the coaches of a closed calibration session agreed, per behaviour")
public record AgreementView(
        @Schema(example = "c4a1e0d2-7f3b-4a8e-9b61-2d5f0e8c9a34") String sessionId,
        List<BehaviourAgreement> behaviours,
        @Schema(description = "Each coach against the consensus, over every behaviour") List<CoachDeviation> coaches) {

    @Schema(description = "Agreement on one behaviour among the coaches who rated every call of the session for it")
    public record BehaviourAgreement(
            @Schema(example = "qualification") String behaviourKey,
            @Schema(example = "5") int calls,
            @Schema(example = "[\"coach-7\", \"coach-9\", \"coach-12\"]") List<String> raters,
            @Schema(example = "[\"coach-15\"]", description = "Coaches left out: they did not rate every call") List<String> incomplete,
            @Schema(example = "0.7333", description = "Mean share of agreeing coach pairs per call; null under two raters")
            Double percentAgreement,
            @Schema(example = "0.4444", description = "Cohen's kappa for two raters, Fleiss' for more; null when undefined") Double kappa,
            @Schema(example = "FLEISS") PanelAgreement.Method kappaMethod,
            @Schema(description = "Fleiss' kappa per verdict (more than two raters)") Map<Verdict, Double> categoryKappas,
            @Schema(description = "The majority verdict of each call, null on a tie") List<CallConsensus> consensus,
            List<CoachDeviation> deviations) {
    }

    public record CallConsensus(String callId, Verdict verdict) {
    }

    @Schema(description = "How often a coach's verdict differs from the consensus, over the calls that have one")
    public record CoachDeviation(@Schema(example = "coach-12") String coachId,
                                 @Schema(example = "5") int compared,
                                 @Schema(example = "2") int differing,
                                 @Schema(example = "0.4") Double rate,
                                 @Schema(example = "1", description = "Ratings on calls where the coaches split evenly, so"
                                         + " there is no consensus to compare with: between two coaches, every disagreement")
                                 int split) {
    }
}
