package io.callreview.platform.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.AttributeConverter;

/**
 * Stores a value as JSON text in a {@code LONGTEXT} column. Hibernate's native JSON type casts
 * parameters {@code AS JSON}, which MySQL accepts and MariaDB does not; plain text works on both.
 * The mapper is private to persistence, so REST customisations can never change what is stored.
 * Subclass per type: {@code @Converter class RuleConverter extends JsonColumnConverter<Rule>}.
 */
public abstract class JsonColumnConverter<T> implements AttributeConverter<T, String> {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final JavaType type;

    protected JsonColumnConverter(Class<T> type) {
        this.type = MAPPER.constructType(type);
    }

    protected JsonColumnConverter(TypeReference<T> type) {
        this.type = MAPPER.constructType(type);
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        if (value == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot store " + type + " as JSON", e);
        }
    }

    @Override
    public T convertToEntityAttribute(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not a " + type, e);
        }
    }
}
