package io.callreview.scorecard.analytics;

import io.callreview.platform.query.QueryParams;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The period of an analytics request or export, as query parameters: calls started at or after {@code from} and
 * before {@code to}. The services fill in the defaults (the twelve weeks up to the end of today, UTC) and check the length.
 */
public class AnalyticsPeriod {

    @Parameter(description = "Calls started at or after (ISO-8601); default: twelve weeks before to", example = "2026-01-05T00:00:00Z")
    @QueryParam("from")
    String from;

    @Parameter(description = "Calls started before (ISO-8601); default: the end of today (UTC)", example = "2026-03-30T00:00:00Z")
    @QueryParam("to")
    String to;

    /** Null when absent; a 400 naming {@code from} when it cannot be read. */
    Instant from() {
        return QueryParams.instant("from", from);
    }

    /** Null when absent; a 400 naming {@code to} when it cannot be read. */
    Instant to() {
        return QueryParams.instant("to", to);
    }
}
