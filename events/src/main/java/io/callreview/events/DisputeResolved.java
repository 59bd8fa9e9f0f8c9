package io.callreview.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A coach resolved a rep's dispute of one verdict. ACCEPTED changed the verdict in score revision
 * {@code resultingRevision} (its CallScored names the dispute); PARTIALLY_ACCEPTED and REJECTED leave the verdict as it
 * was, with the coach's {@code reason}. CLOSED: nobody decided it, because an admin set the call aside or moved it to
 * another rep ({@code resolvedBy}, with the {@code reason}); the verdict stands. One event per dispute: it is resolved once.
 */
public record DisputeResolved(
        @NotBlank String disputeId,
        @NotBlank String callId,
        @NotBlank String repId,
        @NotBlank String teamId,
        @NotBlank String callType,
        @NotBlank String behaviourKey,
        @NotBlank String behaviourQuestion,
        @NotNull Outcome outcome,
        @NotNull Verdict disputedVerdict,
        Verdict resolvedVerdict,
        String reason,
        @NotBlank String resolvedBy,
        @NotNull Instant resolvedAt,
        Integer resultingRevision) implements EventPayload {

    public enum Outcome { ACCEPTED, PARTIALLY_ACCEPTED, REJECTED, CLOSED }
}
