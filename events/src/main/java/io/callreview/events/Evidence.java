package io.callreview.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** A transcript excerpt that supports a verdict. */
public record Evidence(
        @PositiveOrZero long startMs,
        @PositiveOrZero long endMs,
        @NotNull String speaker,
        @NotNull String quote) {
}
