package io.callreview.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * coaching-service owns a rep's consent to let teammates hear the moments of their calls where they did a behaviour
 * well, and announces every change of it. Consumers keep the latest {@code changedAt} per rep and ignore an older or
 * equal one, so a late or repeated event changes nothing.
 */
public record RepSharingChanged(
        @NotBlank String repId,
        boolean shareMoments,
        @NotNull Instant changedAt) implements EventPayload {
}
