package io.callreview.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns envelopes into JSON and back, refusing anything that does not match its contract. */
public final class EventCodec {

    private final ObjectMapper mapper;
    private final Validator validator;

    public EventCodec(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper.copy()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.validator = validator;
    }

    public String encode(EventEnvelope<?> envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + envelope.eventId(), e);
        }
    }

    public <T extends EventPayload> EventEnvelope<T> decode(String json, EventContract<T> contract) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("empty record");
        }
        JavaType type = mapper.getTypeFactory().constructParametricType(EventEnvelope.class, contract.payloadType());
        EventEnvelope<T> envelope;
        try {
            envelope = mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not a " + contract.type() + " envelope: " + e.getOriginalMessage(), e);
        }
        if (!contract.type().equals(envelope.type())) {
            throw new MalformedEventException("expected type " + contract.type() + " but got " + envelope.type());
        }
        if (envelope.schemaVersion() != contract.schemaVersion()) {
            throw new MalformedEventException("unsupported schemaVersion " + envelope.schemaVersion()
                    + " for " + contract.type() + ", expected " + contract.schemaVersion());
        }
        Set<ConstraintViolation<EventEnvelope<T>>> violations = validator.validate(envelope);
        if (!violations.isEmpty()) {
            throw new MalformedEventException("invalid " + contract.type() + ": " + describe(violations));
        }
        return envelope;
    }

    private static String describe(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> v.getPropertyPath() + " " + v.getMessage())
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining("; "));
    }
}
