package io.callreview.scorecard.dispute;

import io.callreview.events.Verdict;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A rep's dispute of one verdict, and its resolution")
public record DisputeView(
        @Schema(example = "9d3c7a10-0b8e-4f4c-3c1d-4a558f5e2f1f") String id,
        @Schema(example = "5f0c6f7e-8f5e-4bb4-9d56-0c3f0b1b8a11") String callId,
        @Schema(example = "2", description = "The score revision disputed") int revision,
        @Schema(example = "next-steps") String behaviourKey,
        @Schema(example = "MISSED") Verdict disputedVerdict,
        @Schema(example = "false", description = "Whether the behaviour may be NOT_APPLICABLE on the call, so an overturn may say so")
        boolean naAllowed,
        @Schema(example = "rep-42") String repId,
        @Schema(example = "Rita Reyes", description = "The rep's name on the roster; null when it names none") String repName,
        @Schema(example = "team-emea") String teamId,
        String comment,
        @Schema(example = "OPEN", description = "OPEN until a coach resolves it (ACCEPTED, PARTIALLY_ACCEPTED, REJECTED); CLOSED"
                + " unresolved when an admin set its call aside or moved it to another rep") DisputeStatus status,
        Instant openedAt,
        Resolution resolution) {

    @Schema(name = "DisputeResolution")
    public record Resolution(
            @Schema(example = "coach-7") String resolvedBy,
            Instant resolvedAt,
            @Schema(example = "MET", description = "The new verdict of an accepted dispute") Verdict verdict,
            String reason,
            @Schema(example = "3", description = "The score revision an accepted dispute created") Integer resultingRevision) {
    }
}
