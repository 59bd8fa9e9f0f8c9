package io.callreview.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A transcript excerpt that supports a verdict. {@code similarity} (0..1) says how close in meaning it came to the
 * nearest example of the behaviour, and {@code example} which one; both are absent when a phrase matched or a
 * coach chose the excerpt.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(
        @PositiveOrZero long startMs,
        @PositiveOrZero long endMs,
        @NotNull String speaker,
        @NotNull String quote,
        Double similarity,
        String example) {

    public Evidence(long startMs, long endMs, String speaker, String quote) {
        this(startMs, endMs, speaker, quote, null, null);
    }
}
