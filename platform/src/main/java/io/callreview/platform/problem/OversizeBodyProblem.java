package io.callreview.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Quarkus refuses a body whose Content-Length exceeds {@code quarkus.http.limits.max-body-size} before any
 * resource runs, with an empty 413. This route runs just before that check (order -3 against Quarkus's -2) and
 * gives the same refusal as a problem document, so clients see one error format everywhere.
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
        router.route().order(BEFORE_QUARKUS_LIMIT).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && parse(length) > limit) {
                Problem problem = Problem.of(413, "too-large", "Payload too large",
                        "the request body of " + length + " bytes is over the limit of " + limit + " bytes",
                        List.of(new Problem.FieldError("body", "at most " + limit + " bytes"))).at(ctx.request().path());
                // The unread body stays on the wire: close the connection once the answer is out, as Quarkus does.
                ctx.response().endHandler(done -> ctx.request().connection().close());
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .end(json(problem));
                return;
            }
            ctx.next();
        });
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
