package io.callreview.events;

import jakarta.validation.constraints.NotBlank;

/**
 * A call was stored with its transcript and waits to be graded. scorecard-service announces it to itself through its
 * outbox, so grading (a second of CPU for a long call) runs in a consumer group instead of the request, and a call
 * accepted is never lost before it is graded.
 */
public record CallReceived(
        @NotBlank String callId,
        @NotBlank String repId,
        String teamId,
        @NotBlank String callType,
        String source,
        String externalId) implements EventPayload {
}
