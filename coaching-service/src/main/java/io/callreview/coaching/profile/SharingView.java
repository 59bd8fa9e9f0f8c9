package io.callreview.coaching.profile;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the rep shares with their team")
public record SharingView(
        @Schema(example = "rep-42") String repId,
        @Schema(description = "Teammates may hear the moments of this rep's calls where they did a behaviour well (training"
                + " units, nudges, mentoring)", example = "true") boolean shareMoments) {
}
