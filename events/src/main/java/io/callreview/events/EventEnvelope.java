package io.callreview.events;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.UUID;

/** The envelope every event travels in. {@code eventId} is what consumers deduplicate on. */
public record EventEnvelope<T extends EventPayload>(
        @NotNull UUID eventId,
        @NotBlank String type,
        @Positive int schemaVersion,
        @NotNull Instant occurredAt,
        @NotNull @Valid T payload) {

    public static <T extends EventPayload> EventEnvelope<T> wrap(EventContract<T> contract, T payload, Instant occurredAt) {
        return new EventEnvelope<>(UUID.randomUUID(), contract.type(), contract.schemaVersion(), occurredAt, payload);
    }
}
