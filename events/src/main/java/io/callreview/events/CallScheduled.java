package io.callreview.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A CRM announced that a rep has a call of a given type coming up. */
public record CallScheduled(
        @NotBlank String scheduledCallId,
        String externalId,
        String source,
        @NotBlank String repId,
        String teamId,
        @NotBlank String callType,
        @NotNull Instant startsAt) implements EventPayload {
}
