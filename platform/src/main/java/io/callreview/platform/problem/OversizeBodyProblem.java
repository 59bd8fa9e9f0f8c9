package io.callreview.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Quarkus refuses a body over {@code quarkus.http.limits.max-body-size} with an empty 413: from its Content-Length
 * before any resource runs, or, for a chunked body, while the resource reads it. This route runs just before
 * Quarkus's check (order -3 against its -2) and gives both refusals as a problem document, so clients see one
 * error format everywhere. A chunked body is read here, up to the limit, and handed on already buffered (Quarkus
 * REST reads a buffered body as it would the stream); past the limit the request fails with 413.
 */
@ApplicationScoped
public class OversizeBodyProblem {

    /** Quarkus's own limit check is registered at order -2. */
    private static final int BEFORE_QUARKUS_LIMIT = -3;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    @Inject
    ObjectMapper mapper;

    void register(@Observes Router router) {
        if (maxBodySize.isEmpty()) {
            return;
        }
        long limit = maxBodySize.get().asLongValue();
        BodyHandler chunkedBodies = BodyHandler.create(false).setBodyLimit(limit);
        router.route().order(BEFORE_QUARKUS_LIMIT).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && parse(length) > limit) {
                refuse(ctx, "the request body of " + length + " bytes is over the limit of " + limit + " bytes", limit);
            } else if (length == null && isChunked(ctx)) {
                chunkedBodies.handle(ctx);
            } else {
                ctx.next();
            }
        }).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                refuse(ctx, "the request body is over the limit of " + limit + " bytes", limit);
            } else {
                ctx.next();
            }
        });
    }

    private void refuse(RoutingContext ctx, String detail, long limit) {
        Problem problem = Problem.of(413, "too-large", "Payload too large", detail,
                List.of(new Problem.FieldError("body", "at most " + limit + " bytes"))).at(ctx.request().path());
        // The unread body stays on the wire: close the connection once the answer is out, as Quarkus does.
        ctx.response().endHandler(done -> ctx.request().connection().close());
        ctx.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(json(problem));
    }

    private static boolean isChunked(RoutingContext ctx) {
        String encoding = ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String json(Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            return "{\"status\":413,\"title\":\"Payload too large\"}";
        }
    }
}
