package io.callreview.web.training;

import com.fasterxml.jackson.databind.JsonNode;
import io.callreview.web.api.ApiProblem;
import io.callreview.web.api.CoachingApi;
import io.callreview.web.page.Htmx;
import io.callreview.web.session.SignedInUser;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A training unit, where the link of a training nudge lands: the behaviour's guidance and examples, teammates' moments
 * with their quotes and times, a "mark done" button for the rep, and the spaced quizzes answered since. Who may see it
 * is coaching-service's answer: another rep's unit is its 404, shown as the problem page.
 */
@Path("/training")
public class TrainingResource {

    @Inject
    Template training;

    @Inject
    SignedInUser user;

    @RestClient
    CoachingApi coaching;

    @GET
    @Path("{id}")
    public TemplateInstance open(@PathParam("id") String id) {
        return show(coaching.trainingUnit(id), null);
    }

    @POST
    @Path("{id}/done")
    public Response done(@PathParam("id") String id) {
        try {
            coaching.markTrainingDone(id);
        } catch (ApiProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            String html = show(coaching.trainingUnit(id), problem).render();
            return Response.status(409).type(MediaType.TEXT_HTML).entity(html).build();
        }
        return Htmx.backTo("/training/" + id);
    }

    private TemplateInstance show(JsonNode unit, ApiProblem refused) {
        boolean own = user.isRep() && user.id().equals(unit.path("repId").asText());
        return training.data("unit", unit).data("own", own).data("refused", refused);
    }
}
