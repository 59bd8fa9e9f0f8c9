package io.callreview.scorecard.call;

import io.callreview.events.Evidence;
import io.callreview.events.Verdict;
import io.callreview.scorecard.domain.BehaviourCategory;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The verdict on one key behaviour, with its evidence")
public record BehaviourVerdictView(
        @Schema(example = "qualification") String key,
        @Schema(example = "Does the rep qualify the prospect?") String question,
        @Schema(example = "QUALIFICATION") BehaviourCategory category,
        @Schema(example = "2") double weight,
        @Schema(example = "false") boolean critical,
        @Schema(example = "false", description = "Whether the behaviour may be NOT_APPLICABLE on a call") boolean naAllowed,
        @Schema(example = "MET") Verdict verdict,
        @Schema(example = "0.9", description = "0..1; below the review threshold the verdict is NEEDS_REVIEW") double confidence,
        @Schema(description = "Transcript excerpts that support the verdict") List<Evidence> evidence,
        @Schema(example = "1440000", description = "For MISSED: where in the call (ms) the behaviour was expected; absent when it was due anywhere") Long expectedAtMs,
        @Schema(example = "2 qualifying sentences (2 needed)", description = "Why the grader decided so") String rationale,
        @Schema(description = "A coach's comment (reviews)") String comment) {
}
