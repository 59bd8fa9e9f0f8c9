package io.callreview.events;

import jakarta.validation.constraints.NotBlank;

/**
 * A call arrived as a recording only and waits to be transcribed. scorecard-service announces it to itself through
 * its outbox; its consumer group downloads the audio, transcribes it, attributes the speakers and then announces the
 * call as {@link CallReceived} for grading, so a recording accepted is never lost before it is graded.
 */
public record CallRecordingReceived(
        @NotBlank String callId,
        @NotBlank String repId,
        String teamId,
        @NotBlank String callType,
        String source,
        String externalId) implements EventPayload {
}
