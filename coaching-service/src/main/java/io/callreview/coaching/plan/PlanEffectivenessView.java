package io.callreview.coaching.plan;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Adherence to the focus behaviours after the plan started, against an equal window before it")
public record PlanEffectivenessView(
        Window before,
        Window after,
        @Schema(description = "after.adherence - before.adherence; null when a window has no calls", example = "0.35") Double change,
        @Schema(example = "Adherence rose from 40% (5 calls) to 75% (4 calls) over two equal windows of 14 days before and after the plan started.")
        String summary) {

    @Schema(name = "PlanWindow", description = "A window of time with the calls and verdicts in it")
    public record Window(Instant from, Instant to,
                         @Schema(description = "Calls with a decided verdict on a focus behaviour", example = "5") int calls,
                         @Schema(example = "7") int reviews,
                         @Schema(example = "3") int met,
                         @Schema(example = "0.43") Double adherence) {
    }
}
