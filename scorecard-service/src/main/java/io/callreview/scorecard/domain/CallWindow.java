package io.callreview.scorecard.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where in the call a behaviour must happen: a share of the call ({@code fromPct}–{@code toPct}, the whole call
 * unless given), optionally narrowed to its first or last minutes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Where in the call the behaviour counts: a share of the call, the whole of it unless fromPct or"
        + " toPct is given, optionally narrowed to its first or last minutes. {\"lastMinutes\": 3} is the last three"
        + " minutes; {\"fromPct\": 80} the last fifth.")
public record CallWindow(
        @Min(0) @Max(100) @Schema(example = "80", defaultValue = "0",
                description = "Start, as a whole percentage of the call (0 to 100)") Integer fromPct,
        @Min(0) @Max(100) @Schema(example = "100", defaultValue = "100",
                description = "End, as a whole percentage of the call (0 to 100)") Integer toPct,
        @Positive @Schema(example = "10", description = "Only the first N minutes count") Integer firstMinutes,
        @Positive @Schema(description = "Only the last N minutes count") Integer lastMinutes) {

    public static final CallWindow WHOLE_CALL = new CallWindow(0, 100, null, null);

    public CallWindow {
        fromPct = fromPct == null ? 0 : fromPct;
        toPct = toPct == null ? 100 : toPct;
    }

    public static CallWindow lastPercent(int pct) {
        return new CallWindow(100 - pct, 100, null, null);
    }

    public static CallWindow firstMinutes(int minutes) {
        return new CallWindow(0, 100, minutes, null);
    }

    /** Whether an utterance starting at {@code atMs} of a call lasting {@code durationMs} falls inside. */
    public boolean contains(long atMs, long durationMs) {
        if (durationMs > 0) {
            double pct = 100.0 * atMs / durationMs;
            if (pct < fromPct || pct > toPct) {
                return false;
            }
        }
        if (firstMinutes != null && atMs > firstMinutes * 60_000L) {
            return false;
        }
        return lastMinutes == null || durationMs <= 0 || atMs >= durationMs - lastMinutes * 60_000L;
    }
}
