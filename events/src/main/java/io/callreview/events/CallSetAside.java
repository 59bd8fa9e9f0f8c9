package io.callreview.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * An admin set a call aside (a test call, a call recorded against the wrong rep), with the reason: from then on it
 * counts nowhere, neither in the rep's figures nor in their coaching. It may come before the call's first
 * {@code CallScored} (they are on different topics) or without one, when the call was set aside before it was graded.
 * A call is set aside once; consumers apply the event once and ignore any {@code CallScored} of the call after it.
 */
public record CallSetAside(
        @NotBlank String callId,
        @NotBlank String repId,
        @NotBlank String teamId,
        @NotBlank String callType,
        @NotNull Instant callStartedAt,
        @NotBlank String reason,
        @NotBlank String setAsideBy,
        @NotNull Instant setAsideAt) implements EventPayload {
}
