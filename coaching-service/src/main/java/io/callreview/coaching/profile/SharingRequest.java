package io.callreview.coaching.profile;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether teammates may hear the moments of the rep's calls where they did a behaviour well")
public record SharingRequest(@NotNull @Schema(example = "false") Boolean shareMoments) {
}
