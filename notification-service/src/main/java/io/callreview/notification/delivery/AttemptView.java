package io.callreview.notification.delivery;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One try at sending")
public record AttemptView(
        @Schema(example = "1") int attempt,
        Instant startedAt,
        Instant finishedAt,
        @Schema(example = "FAILED") AttemptOutcome outcome,
        @Schema(example = "webhook answered 503") String error,
        @Schema(description = "When the next attempt was scheduled, after a failure") Instant retryAt) {
}
