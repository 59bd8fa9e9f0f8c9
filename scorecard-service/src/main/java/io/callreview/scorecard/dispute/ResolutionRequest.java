package io.callreview.scorecard.dispute;

import io.callreview.events.Verdict;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A coach's resolution of a dispute")
public record ResolutionRequest(
        @NotNull @Schema(example = "ACCEPTED", description = "ACCEPTED (the verdict changes: a new score revision),"
                + " PARTIALLY_ACCEPTED (noted, the verdict stands) or REJECTED (the verdict stands; the dispute is locked)")
        Outcome outcome,
        @Schema(example = "MET", description = "The new verdict: required with ACCEPTED, refused otherwise") Verdict verdict,
        @Size(max = 2000) @Schema(example = "Right: the demo date was agreed at 28:20.",
                description = "Why: required with PARTIALLY_ACCEPTED and REJECTED") String reason) {

    /** The final statuses a coach may give a dispute. */
    public enum Outcome {
        ACCEPTED(DisputeStatus.ACCEPTED),
        PARTIALLY_ACCEPTED(DisputeStatus.PARTIALLY_ACCEPTED),
        REJECTED(DisputeStatus.REJECTED);

        private final DisputeStatus status;

        Outcome(DisputeStatus status) {
            this.status = status;
        }

        public DisputeStatus status() {
            return status;
        }
    }
}
