package io.callreview.scorecard.roster;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A team on the roster: how many reps it has and who coaches it")
public record TeamSummaryView(
        @Schema(example = "team-emea") String teamId,
        @Schema(example = "12") long reps,
        @Schema(example = "[\"coach-7\"]") List<String> coaches) {
}
