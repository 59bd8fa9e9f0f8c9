package io.callreview.scorecard.review;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A call waiting for a coach's review, with why it is in the queue")
public record ReviewQueueItem(
        @Schema(example = "5f0c6f7e-8f5e-4bb4-9d56-0c3f0b1b8a11") String callId,
        @Schema(example = "rep-42") String repId,
        @Schema(example = "Rita Rep", description = "The rep's name on the roster; null when the roster has none") String repName,
        @Schema(example = "team-emea") String teamId,
        @Schema(example = "discovery") String callType,
        Instant startedAt,
        @Schema(example = "1", description = "The call's latest revision: the automatic grade, or a dispute's accepted since")
        int revision,
        @Schema(example = "60.0", description = "The latest revision's score") Double overallScore,
        @Schema(example = "true", description = "Whether the latest revision is auto-failed (an accepted dispute may have"
                + " changed it); the other reasons are the latest revision's too")
        boolean autoFailed,
        @Schema(example = "0.41", description = "Lowest confidence among the"
                + " latest revision's verdicts, those left NEEDS_REVIEW included; LOW_CONFIDENCE says a decided one is low") Double lowestConfidence,
        @Schema(example = "[\"AUTO_FAILED\", \"LOW_CONFIDENCE\"]") List<Reason> reasons,
        @Schema(example = "[\"next-steps\"]", description = "The behaviours the latest revision leaves NEEDS_REVIEW or decided"
                + " with low confidence (a verdict an accepted dispute decided is not among them), in scorecard order: where a coach should look first") List<String> doubtfulBehaviours) {

    /** Why a call is queued, most urgent first. */
    public enum Reason {
        NEEDS_REVIEW,
        AUTO_FAILED,
        LOW_CONFIDENCE,
        SAMPLE
    }
}
