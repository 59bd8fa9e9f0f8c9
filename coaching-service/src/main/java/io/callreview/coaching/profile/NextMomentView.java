package io.callreview.coaching.profile;

import io.callreview.events.NudgeRequested;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A scheduled nudge")
public record NextMomentView(
        String nudgeId,
        @Schema(example = "REINFORCEMENT") NudgeRequested.Kind kind,
        Instant dueAt,
        @Schema(example = "Keep it fresh: close with agreed next steps") String title) {
}
