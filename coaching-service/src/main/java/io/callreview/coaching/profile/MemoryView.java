package io.callreview.coaching.profile;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "FSRS-6 memory state: met calls count as remembered, missed calls as forgotten")
public record MemoryView(
        @Schema(description = "Days after the last call at which recall probability falls to 90%", example = "7.32") double stability,
        @Schema(description = "1 (easy to retain) to 10 (hard)", example = "5.1") double difficulty,
        @Schema(description = "Predicted probability of recall now", example = "0.93") double retrievability,
        @Schema(example = "0.9") double targetRetention,
        @Schema(description = "When predicted recall falls below the target") Instant recallBelowTargetAt) {
}
