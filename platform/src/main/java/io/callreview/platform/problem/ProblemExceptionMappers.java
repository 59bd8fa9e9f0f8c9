package io.callreview.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.faulttolerance.api.RateLimitException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves the services as {@code application/problem+json}. Internal details (stack traces,
 * SQL) are logged under an error id and never sent to the caller. Refusals of an authenticated caller (403, and the
 * 404 of {@link ApiException#hidden}) are mapped by {@code io.callreview.platform.audit.DeniedAccessMappers}, which
 * records them.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        return respond(e.toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = ConstraintErrors.of(e.getConstraintViolations());
        String detail = errors.stream().map(err -> err.field() + " " + err.message()).reduce((a, b) -> a + "; " + b)
                .orElse("request is invalid");
        return respond(Problem.of(400, "validation", "Invalid request", detail, errors), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = JsonPaths.of(mapping.getPath());
            String message = JsonPaths.describe(mapping);
            return respond(Problem.of(400, "validation", "Invalid request", field + ": " + message,
                    List.of(new Problem.FieldError(field, message))), uri);
        }
        String where = e instanceof JsonParseException && e.getLocation() != null
                ? " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                : "";
        return respond(Problem.of(400, "malformed-json", "Malformed JSON", "the request body is not valid JSON" + where,
                List.of(new Problem.FieldError("body", "is not valid JSON" + where))), uri);
    }

    /** Quarkus ships its own mapper for this subtype; ours must be at least as specific to win. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unrecognizedField(UnrecognizedPropertyException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (e.getCause() instanceof ApiException refused) {
            // a parameter converter's refusal, which JAX-RS wraps in a 404
            return apiException(refused, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internalError(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request refused" : known.getReasonPhrase();
        return respond(Problem.of(status, "http-" + status, title, e.getMessage(), List.of()), uri);
    }

    /** A {@code @RateLimit} refused the call: 429 with the seconds to wait. */
    @ServerExceptionMapper
    public Response rateLimited(RateLimitException e, UriInfo uri) {
        long seconds = Math.max(1, (e.getRetryAfterMillis() + 999) / 1000);
        LOG.warnf("rate limit reached on %s: retry after %d s", uri.getPath(), seconds);
        Problem problem = Problem.of(429, "rate-limited", "Too many requests",
                "the rate limit of this endpoint is reached; retry in " + seconds + " s", List.of()).at(uri.getPath());
        return Response.status(429).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .entity(problem).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warnf("database unavailable while serving %s: %s", uri.getPath(), e.toString());
            Problem problem = Problem.of(503, "unavailable", "Service temporarily unavailable",
                    "the database cannot be reached; retry shortly", List.of()).at(uri.getPath());
            return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, "5").entity(problem).build();
        }
        if (DatabaseFailures.isUniqueViolation(e)) {
            return respond(Problem.of(409, "conflict", "Conflict",
                    "the request conflicts with data that already exists", List.of()), uri);
        }
        return internalError(e, uri);
    }

    private Response internalError(Exception e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s while serving %s", errorId, uri.getPath());
        return respond(Problem.of(500, "internal", "Internal error",
                "the error was logged under id " + errorId, List.of()), uri);
    }

    private Response unauthenticated(UriInfo uri) {
        Problem problem = Problem.of(401, "unauthorized", "Unauthorized",
                "a valid bearer token is required", List.of()).at(uri.getPath());
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(problem).build();
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return ProblemResponses.of(problem.at(uri.getPath()));
    }
}
