package io.callreview.scorecard.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How often each behaviour was MET among the calls where it was decided (MET or MISSED), per group,"
        + " with a 95% Wilson interval and weekly buckets (ISO weeks from Monday 00:00 UTC) for trend lines")
public record AdherenceView(
        Instant from,
        Instant to,
        @Schema(example = "rep") String groupBy,
        @Schema(description = "Monday of every week in the period, oldest first") List<LocalDate> weeks,
        List<Group> groups) {

    public record Group(@Schema(example = "rep-42") String key,
                        @Schema(example = "Rita Reyes", description = "Grouped by rep: the rep's name on the roster; else null")
                        String name,
                        List<BehaviourAdherence> behaviours) {
    }

    public record BehaviourAdherence(
            @Schema(example = "qualification") String behaviourKey,
            @Schema(example = "7") long met,
            @Schema(example = "9", description = "Calls where the behaviour was decided MET or MISSED") long observed,
            @Schema(example = "0.7778") Double rate,
            @Schema(example = "0.4526") double low,
            @Schema(example = "0.9368") double high,
            @Schema(description = "One point per week of the period") List<Week> weekly) {
    }

    public record Week(LocalDate weekStart, long met, long observed, Double rate, double low, double high) {
    }
}
