package io.callreview.scorecard.review;

import io.callreview.events.Evidence;
import io.callreview.events.Verdict;
import io.callreview.scorecard.domain.Moment;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A coach's review of a call: a draft until finalised into the next score revision")
public record ReviewView(
        @Schema(example = "0b8e2f4c-3c1d-4a55-8f5e-2f1f9d3c7a10") String id,
        @Schema(example = "5f0c6f7e-8f5e-4bb4-9d56-0c3f0b1b8a11") String callId,
        @Schema(example = "coach-7") String coachId,
        @Schema(example = "DRAFT") ReviewStatus status,
        @Schema(example = "1") int scorecardVersion,
        @Schema(example = "AUTOMATIC") ReviewStart startedFrom,
        @Schema(example = "1", description = "The revision the draft was pre-filled from") Integer baseRevision,
        List<Behaviour> behaviours,
        List<Moment> moments,
        @Schema(example = "qualification") String strengthBehaviourKey,
        @Schema(example = "next-steps") String focusBehaviourKey,
        String summary,
        Instant createdAt,
        Instant updatedAt,
        Instant finalizedAt,
        @Schema(example = "2", description = "The score revision the review became") Integer finalizedRevision) {

    @Schema(name = "ReviewBehaviour", description = "One behaviour in a review: the automatic verdict next to the coach's")
    public record Behaviour(
            @Schema(example = "next-steps") String key,
            @Schema(example = "Does the rep close with agreed next steps?") String question,
            @Schema(example = "2") double weight,
            @Schema(example = "true") boolean critical,
            @Schema(example = "false") boolean naAllowed,
            @Schema(example = "MET", description = "The grader's verdict (revision 1), if it graded this behaviour") Verdict automaticVerdict,
            @Schema(example = "0.72") Double automaticConfidence,
            @Schema(description = "What the grader quoted for its verdict, to check against the transcript") List<Evidence> automaticEvidence,
            @Schema(example = "1 qualifying sentence (1 needed); closest in meaning to \"Can we put 30 minutes in the diary for next week?\" (0.81)",
                    description = "Why the grader decided as it did") String automaticRationale,
            @Schema(example = "MISSED", description = "The coach's verdict; null while undecided") Verdict verdict,
            @Schema(example = "true", description = "The coach's verdict differs from a decided automatic one") boolean overridesAutomatic,
            String reason,
            String comment) {
    }
}
