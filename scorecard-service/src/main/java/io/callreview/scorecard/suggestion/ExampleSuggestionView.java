package io.callreview.scorecard.suggestion;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A sentence from a reviewed call, suggested for a behaviour's examples or counter-examples")
public record ExampleSuggestionView(
        @Schema(example = "3f1c2a9e-1b7d-4c55-9f0a-7e2b6d4c8a11") String id,
        @Schema(example = "discovery") String callType,
        @Schema(example = "qualification") String behaviourKey,
        @Schema(example = "EXAMPLE", description = "EXAMPLE: the grader missed the behaviour here; COUNTER_EXAMPLE: it counted this wrongly")
        ExampleSuggestion.Kind kind,
        @Schema(example = "Who holds the purse strings for tools like this?") String text,
        @Schema(example = "c0ffee00-0000-4000-8000-000000000001") String callId,
        String reviewId,
        @Schema(example = "754000") long atMs,
        @Schema(example = "2", description = "The scorecard version the call was graded with") int scorecardVersion,
        @Schema(example = "coach-7") String coachId,
        @Schema(example = "She asked who signs off, in her own words") String reason,
        @Schema(example = "PENDING") ExampleSuggestion.Status status,
        Instant createdAt,
        String decidedBy,
        Instant decidedAt,
        @Schema(example = "3", description = "The draft version the suggestion went into, once accepted") Integer draftVersion) {
}
