package io.callreview.scorecard.support;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;

/** The HTTP form of an {@link IdempotentRequests.Answer} to a create. */
public final class IdempotentAnswers {

    private IdempotentAnswers() {
    }

    /**
     * The answer's status and body; a first 201 or 202 also carries the Location of the {@code created} view it holds.
     * A replayed answer is the stored JSON text, and carries no Location.
     */
    public static <V> Response response(IdempotentRequests.Answer answer, UriInfo uri, Class<V> created, Function<V, String> id) {
        Response.ResponseBuilder response = Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(answer.body());
        if (created.isInstance(answer.body()) && (answer.status() == 201 || answer.status() == 202)) {
            response.location(uri.getAbsolutePathBuilder().path(id.apply(created.cast(answer.body()))).build());
        }
        return response.build();
    }
}
