package io.callreview.scorecard.analytics;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The behaviours that would raise the score most if the rep (or team) always met them, weighted by the scorecard")
public record GapsView(
        Instant from,
        Instant to,
        @Schema(example = "rep-42") String repId,
        @Schema(example = "team-emea") String teamId,
        @Schema(example = "14", description = "Calls with a score in the period") int calls,
        @Schema(example = "71.4") Double averageScore,
        List<Gap> gaps) {

    public record Gap(
            @Schema(example = "next-steps") String behaviourKey,
            @Schema(example = "Does the rep close with agreed next steps?") String question,
            @Schema(example = "2") double weight,
            @Schema(example = "true") boolean critical,
            @Schema(example = "12") long decided,
            @Schema(example = "5") long missed,
            @Schema(example = "0.4167") Double missRate,
            @Schema(example = "11.9", description = "Score points the average call would gain if the behaviour were always MET")
            double pointsIfFixed,
            @Schema(example = "5", description = "Calls auto-failed by missing this critical behaviour") long autoFails) {
    }
}
