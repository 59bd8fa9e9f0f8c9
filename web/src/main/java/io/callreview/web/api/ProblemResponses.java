package io.callreview.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns every error answer of a service into an {@link ApiProblem}, reading its problem+json when it sent one. Blocking,
 * because the body of an answer received as a stream (the CSV export's) is read off the event loop.
 */
@Blocking
public class ProblemResponses implements ResponseExceptionMapper<ApiProblem> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ApiProblem toThrowable(Response response) {
        int status = response.getStatus();
        String fallbackTitle = Response.Status.fromStatusCode(status) == null
                ? "Error " + status : Response.Status.fromStatusCode(status).getReasonPhrase();
        try {
            response.bufferEntity();
            String body = response.readEntity(String.class);
            JsonNode problem = body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
            List<ApiProblem.FieldError> errors = new ArrayList<>();
            for (JsonNode error : problem.path("errors")) {
                errors.add(new ApiProblem.FieldError(error.path("field").asText(""), error.path("message").asText("")));
            }
            return new ApiProblem(status, problem.path("title").asText(fallbackTitle),
                    problem.hasNonNull("detail") ? problem.get("detail").asText() : null, errors);
        } catch (Exception unreadable) {
            return new ApiProblem(status, fallbackTitle, null, List.of());
        }
    }
}
