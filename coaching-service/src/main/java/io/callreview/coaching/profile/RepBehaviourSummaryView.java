package io.callreview.coaching.profile;

import io.callreview.coaching.rules.Approach;
import io.callreview.coaching.rules.Stage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A rep's standing at one behaviour, in short")
public record RepBehaviourSummaryView(
        @Schema(example = "next-steps") String behaviourKey,
        @Schema(example = "0.4") double recentAdherence,
        @Schema(example = "0.87") double retrievability,
        Stage stage,
        Approach approach,
        @Schema(description = "The suggested peer when the approach is MENTORING", example = "rep-7") String mentorRepId) {
}
