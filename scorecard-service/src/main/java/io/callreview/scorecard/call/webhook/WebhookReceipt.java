package io.callreview.scorecard.call.webhook;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a webhook did with each event it carried")
public record WebhookReceipt(List<Event> events) {

    public enum Outcome {
        /** A new call was stored and graded. */
        CREATED,
        /** The call (same source and external id) already existed; nothing new was stored. */
        ALREADY_KNOWN,
        /** The event id was processed before: acknowledged, nothing done. */
        DUPLICATE,
        /** Not an event this service acts on. */
        IGNORED
    }

    @Schema(description = "One event of the delivery")
    public record Event(
            @Schema(example = "hubspot:62515:100") String eventId,
            @Schema(example = "CREATED") Outcome outcome,
            @Schema(example = "5f0c6f7e-8f5e-4bb4-9d56-0c3f0b1b8a11") String callId) {
    }
}
