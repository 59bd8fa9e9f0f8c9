package io.callreview.scorecard.moment;

import io.callreview.events.Verdict;
import io.callreview.scorecard.transcript.Segment;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A moment of a call: the exchange around it, and what the rep did there")
public record CallMomentView(
        @Schema(example = "5f0c6f7e-8f5e-4bb4-9d56-0c3f0b1b8a11") String callId,
        @Schema(example = "rep-42") String repId,
        @Schema(example = "Dana Reyes", description = "The rep's name on the roster, when it has one") String repName,
        @Schema(example = "discovery") String callType,
        Instant startedAt,
        @Schema(example = "754000", description = "The moment, in milliseconds from the call's start") long atMs,
        @Schema(description = "The behaviours whose evidence lies at this moment; for a teammate's call, those the rep did well")
        List<BehaviourAtMoment> behaviours,
        @Schema(description = "The transcript from shortly before the moment to shortly after it") List<Segment> segments) {

    @Schema(description = "A behaviour whose evidence lies at the moment")
    public record BehaviourAtMoment(
            @Schema(example = "qualification") String key,
            @Schema(example = "Does the rep qualify budget, authority, need and timeline?") String question,
            @Schema(example = "MET") Verdict verdict,
            @Schema(example = "Who else is involved in signing this off?") String quote) {
    }
}
