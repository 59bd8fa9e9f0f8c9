package io.callreview.scorecard.roster;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A rep on the roster")
public record RosterRepView(
        @Schema(example = "rep-42") String repId,
        @Schema(example = "team-emea") String teamId,
        @Schema(example = "Rita Rep") String displayName,
        @Schema(example = "2", description = "Grows with every change of the entry") long revision,
        @Schema(example = "admin-1", description = "The admin who assigned the rep, or call:{source}/{externalId} for a"
                + " rep enrolled by their first call") String enrolledBy,
        Instant updatedAt) {
}
