package io.callreview.platform.query;

import io.callreview.platform.problem.ApiException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Query parameters that JAX-RS cannot convert with a clear error on its own. */
public final class QueryParams {

    private QueryParams() {
    }

    /** An ISO-8601 instant, or null when absent; a 400 naming the parameter when it cannot be read. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name, "must be an ISO-8601 instant such as 2026-03-01T00:00:00Z");
        }
    }

    /** A period between two optional instants; a 400 naming {@code fromName} when it starts after it ends. */
    public record Period(Instant from, Instant to) {
    }

    public static Period period(String fromName, String from, String toName, String to) {
        Instant start = instant(fromName, from);
        Instant end = instant(toName, to);
        if (start != null && end != null && start.isAfter(end)) {
            throw ApiException.badRequest(fromName, "must not be after " + toName);
        }
        return new Period(start, end);
    }

    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
