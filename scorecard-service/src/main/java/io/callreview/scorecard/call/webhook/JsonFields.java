package io.callreview.scorecard.call.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.callreview.platform.problem.ApiException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads the fields of third-party JSON payloads, naming the field at fault when one is missing or wrong. */
final class JsonFields {

    private JsonFields() {
    }

    static String text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isMissingNode() || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }

    static String required(JsonNode node, String name, String path) {
        String value = text(node, name);
        if (value == null) {
            throw ApiException.badRequest(path, "is required");
        }
        return value;
    }

    /** An ISO-8601 instant or epoch milliseconds, as CRMs variously send them. */
    static Instant instant(String value, String path) {
        if (value == null) {
            throw ApiException.badRequest(path, "is required");
        }
        try {
            return value.chars().allMatch(Character::isDigit) ? Instant.ofEpochMilli(Long.parseLong(value)) : Instant.parse(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw ApiException.badRequest(path, "must be an ISO-8601 instant or epoch milliseconds");
        }
    }

    static long number(String value, String path, long fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Math.round(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(path, "must be a number");
        }
    }
}
