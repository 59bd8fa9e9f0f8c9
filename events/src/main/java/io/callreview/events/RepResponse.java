package io.callreview.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A rep answered a nudge: acknowledged it, or assessed whether they did the behaviour. */
public record RepResponse(
        @NotBlank String responseId,
        @NotBlank String nudgeId,
        @NotBlank String repId,
        String behaviourKey,
        String callId,
        @NotNull Kind kind,
        SelfAssessment selfAssessment,
        @NotNull Instant respondedAt) implements EventPayload {

    public enum Kind { ACKNOWLEDGED, SELF_ASSESSMENT }

    public enum SelfAssessment { YES, NO, NOT_SURE }
}
