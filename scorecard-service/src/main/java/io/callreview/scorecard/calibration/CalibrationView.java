package io.callreview.scorecard.calibration;

import io.callreview.events.Verdict;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A calibration session. While it is open, each coach sees only their own ratings and everyone's progress")
public record CalibrationView(
        @Schema(example = "c4a1e0d2-7f3b-4a8e-9b61-2d5f0e8c9a34") String id,
        @Schema(example = "March discovery calibration") String name,
        @Schema(example = "discovery") String callType,
        @Schema(example = "OPEN") CalibrationStatus status,
        @Schema(example = "coach-7") String createdBy,
        Instant createdAt,
        Instant closedAt,
        List<String> callIds,
        List<String> behaviourKeys,
        List<CoachProgress> coaches,
        @Schema(description = "The caller's own ratings while open; everyone's once closed") List<RatingView> ratings) {

    @Schema(name = "CalibrationCoach")
    public record CoachProgress(@Schema(example = "coach-9") String coachId,
                                @Schema(example = "4") int rated,
                                @Schema(example = "6") int expected) {
    }

    @Schema(name = "CalibrationRatingView")
    public record RatingView(String coachId, String callId, String behaviourKey, Verdict verdict) {
    }
}
