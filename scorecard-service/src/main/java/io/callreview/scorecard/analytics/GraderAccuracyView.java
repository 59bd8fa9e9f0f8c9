package io.callreview.scorecard.analytics;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The automatic grader against coaches' final verdicts, per behaviour, MET being the positive class;"
        + " worst kappa first: the detection rules to fix first")
public record GraderAccuracyView(Instant from, Instant to, List<Behaviour> behaviours,
                                 @Schema(description = "Per call type and scorecard version the calls were graded with, pooled over"
                                         + " behaviours: whether a new version grades closer to the coaches")
                                 List<Version> versions) {

    @Schema(name = "GraderAccuracyByVersion")
    public record Version(
            @Schema(example = "discovery") String callType,
            @Schema(example = "3") int scorecardVersion,
            @Schema(example = "120", description = "Verdicts where a coach decided MET or MISSED") long compared,
            @Schema(example = "0.91") Double precision,
            @Schema(example = "0.88") Double recall,
            @Schema(example = "0.89") Double f1,
            @Schema(example = "0.78") Double kappa) {
    }

    @Schema(name = "GraderAccuracy")
    public record Behaviour(
            @Schema(example = "next-steps") String behaviourKey,
            @Schema(example = "40", description = "Calls where a coach decided MET or MISSED") long compared,
            @Schema(example = "22") long truePositives,
            @Schema(example = "6", description = "Grader MET, coach MISSED") long falsePositives,
            @Schema(example = "3", description = "Coach MET, grader not (MISSED, NEEDS_REVIEW or NOT_APPLICABLE)") long falseNegatives,
            @Schema(example = "9") long trueNegatives,
            @Schema(example = "0.7857") Double precision,
            @Schema(example = "0.88") Double recall,
            @Schema(example = "0.8302") Double f1,
            @Schema(example = "0.5108") Double kappa,
            @Schema(example = "4", description = "Compared calls the grader left NEEDS_REVIEW (counted as not MET)") long automaticNeedsReview,
            @Schema(example = "1", description = "Compared calls the grader judged NOT_APPLICABLE (counted as not MET)") long automaticNotApplicable,
            @Schema(example = "2", description = "Calls left out because the coach judged the behaviour NOT_APPLICABLE") long coachNotApplicable) {
    }
}
