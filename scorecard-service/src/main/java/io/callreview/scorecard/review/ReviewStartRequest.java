package io.callreview.scorecard.review;

import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How to start a review; the whole body is optional")
public record ReviewStartRequest(
        @Schema(example = "AUTOMATIC", description = "AUTOMATIC (default): pre-filled with the automatic grade; LATEST: with the"
                + " latest score revision; BLANK: every behaviour undecided") ReviewStart startFrom,
        @Positive @Schema(example = "3", description = "Scorecard version to review against; default: the version the call was scored with")
        Integer scorecardVersion) {
}
