package io.callreview.scorecard.analytics;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How steadily each rep shows each behaviour across consecutive calls, beyond how often")
public record ConsistencyView(Instant from, Instant to, List<Item> items) {

    public record Item(
            @Schema(example = "rep-42") String repId,
            @Schema(example = "next-steps") String behaviourKey,
            @Schema(example = "12", description = "Calls where the behaviour was decided, oldest first") int calls,
            @Schema(example = "8") int met,
            @Schema(example = "0.6667") Double adherence,
            @Schema(example = "0.875", description = "Share of MET calls followed by another MET call: the habit") Double repeatRate,
            @Schema(example = "3", description = "MET calls in a row up to the latest") int currentStreak,
            @Schema(example = "5") int longestStreak,
            @Schema(example = "3", description = "Changes between MET and MISSED from one call to the next") int switches) {
    }
}
