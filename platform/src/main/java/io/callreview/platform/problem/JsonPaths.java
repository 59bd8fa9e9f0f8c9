package io.callreview.platform.problem;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.apache.commons.text.similarity.LevenshteinDistance;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Names the JSON field that Jackson could not read, in the client's terms. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return closest(unknown.getPropertyName(), unknown.getKnownPropertyIds())
                    .map(known -> "is not a known field; did you mean " + known + "?")
                    .orElse("is not a known field");
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            Class<?> target = format.getTargetType();
            if (target.isEnum()) {
                return "must be one of " + jsonValues(target);
            }
            return "cannot be read as " + readable(target);
        }
        if (e instanceof ValueInstantiationException creator && creator.getType() != null && creator.getType().isEnumType()) {
            return "must be one of " + jsonValues(creator.getType().getRawClass());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "has the wrong type, expected " + readable(mismatch.getTargetType());
        }
        return "cannot be read";
    }

    /**
     * The known field a misspelt one most likely meant: the same but for case ({@code timezone}), or at most one edit
     * away ({@code nam}), two for names of four letters or more ({@code rloe}, {@code exmaples}).
     */
    static Optional<String> closest(String unknown, Collection<?> known) {
        if (unknown == null || known == null) {
            return Optional.empty();
        }
        String written = unknown.toLowerCase(Locale.ROOT);
        LevenshteinDistance edits = new LevenshteinDistance(written.length() >= 4 ? 2 : 1);
        return known.stream().map(String::valueOf)
                .map(name -> Map.entry(name, edits.apply(written, name.toLowerCase(Locale.ROOT))))
                .filter(candidate -> candidate.getValue() >= 0)
                .min(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    /** An enum's constants as a client writes them: by their {@code @JsonValue} method when they have one. */
    private static String jsonValues(Class<?> type) {
        Method jsonValue = Arrays.stream(type.getMethods())
                .filter(m -> m.isAnnotationPresent(JsonValue.class) && m.getParameterCount() == 0)
                .findFirst().orElse(null);
        return Arrays.stream(type.getEnumConstants()).map(constant -> {
            try {
                return jsonValue == null ? constant.toString() : String.valueOf(jsonValue.invoke(constant));
            } catch (ReflectiveOperationException unreadable) {
                return constant.toString();
            }
        }).toList().toString();
    }

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, BigInteger.class);

    private static String readable(Class<?> type) {
        if (WHOLE_NUMBERS.contains(type)) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == LocalTime.class) {
            return "a time of day such as 09:00 or 17:30 (24-hour, two digits each)";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-12-06";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "a date and time with its offset such as 2026-12-06T14:30:00Z";
        }
        if (type.getName().startsWith("java.time")) {
            return "an ISO-8601 " + type.getSimpleName();
        }
        return "an object";
    }
}
