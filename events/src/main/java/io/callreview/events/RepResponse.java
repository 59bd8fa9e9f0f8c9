package io.callreview.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A rep answered a nudge: acknowledged it, assessed whether they did the behaviour, reflected on what made it work
 * (free {@code text}, a {@code choice} among the nudge's, or both), or answered a quiz ({@code choice}). {@code choice}
 * and {@code text} came later: older producers send neither.
 */
public record RepResponse(
        @NotBlank String responseId,
        @NotBlank String nudgeId,
        @NotBlank String repId,
        String behaviourKey,
        String callId,
        @NotNull Kind kind,
        SelfAssessment selfAssessment,
        @NotNull Instant respondedAt,
        @Size(max = 300) String choice,
        @Size(max = 1000) String text) implements EventPayload {

    public RepResponse(String responseId, String nudgeId, String repId, String behaviourKey, String callId, Kind kind,
                       SelfAssessment selfAssessment, Instant respondedAt) {
        this(responseId, nudgeId, repId, behaviourKey, callId, kind, selfAssessment, respondedAt, null, null);
    }

    public enum Kind { ACKNOWLEDGED, SELF_ASSESSMENT, REFLECTION, QUIZ_ANSWER }

    public enum SelfAssessment { YES, NO, NOT_SURE }
}
