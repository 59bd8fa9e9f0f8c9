package io.callreview.scorecard.roster;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A team: its reps and its coaches")
public record TeamRosterView(
        @Schema(example = "team-emea") String teamId,
        List<RosterRepView> reps,
        @Schema(example = "[\"coach-7\"]") List<String> coaches) {
}
