package io.callreview.web.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callreview.web.api.ApiProblem;
import io.callreview.web.api.ScorecardApi;
import io.callreview.web.page.Htmx;
import io.callreview.web.page.Refusals;
import io.callreview.web.session.SignedInUser;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The coach's work on calls: the review queue, and the review page with the transcript beside the automatic
 * verdicts, where the coach overrides with a reason, pins moments, marks strength and focus and finalises.
 */
@Path("/")
public class ReviewResource {

    static final String ALL_TEAMS = "all";

    @Inject
    Template reviewQueue;

    @Inject
    Template review;

    @Inject
    SignedInUser user;

    @Inject
    ReviewForms forms;

    @RestClient
    ScorecardApi scorecard;

    @GET
    @Path("review-queue")
    public TemplateInstance queue(@QueryParam("teamId") String teamId) {
        // no choice yet: the first team; "All my teams" asks the service for every team the coach coaches
        String team = teamId == null || teamId.isBlank() ? user.firstTeam() : ALL_TEAMS.equals(teamId) ? null : teamId;
        return reviewQueue.data("queue", scorecard.reviewQueue(team, 50)).data("teamId", team);
    }

    /** Opens the coach's open draft of the call, or starts one from the automatic grade. */
    @POST
    @Path("reviews")
    public Response start(@FormParam("callId") String callId) {
        for (JsonNode existing : scorecard.reviews(callId)) {
            if ("DRAFT".equals(existing.path("status").asText()) && user.id().equals(existing.path("coachId").asText())) {
                return Htmx.backTo("/reviews/" + existing.path("id").asText());
            }
        }
        JsonNode started = scorecard.startReview(callId, JsonNodeFactory.instance.objectNode().put("startFrom", "AUTOMATIC"));
        return Htmx.backTo("/reviews/" + started.path("id").asText());
    }

    @GET
    @Path("reviews/{id}")
    public TemplateInstance open(@PathParam("id") String id) {
        return page(scorecard.review(id));
    }

    /**
     * Saves the draft, and finalises it when asked. Where the service refuses what the coach entered (an override
     * without a reason), the page comes back with the coach's entries as they were, and the refusal names the
     * behaviour by its question.
     */
    @POST
    @Path("reviews/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        JsonNode draft = scorecard.review(id);
        ObjectNode update = forms.update(draft, form);
        try {
            scorecard.saveReview(id, update);
            if ("finalize".equals(form.getFirst("action"))) {
                JsonNode finalized = scorecard.finalizeReview(id);
                return Htmx.backTo("/calls/" + finalized.path("callId").asText());
            }
        } catch (ApiProblem problem) {
            if (!problem.aboutTheInput()) {
                throw problem;
            }
            return Refusals.show(page(ReviewForms.withEdits(draft, update)), ReviewForms.naming(problem, update, draft));
        }
        return Htmx.backTo("/reviews/" + id);
    }

    private TemplateInstance page(JsonNode draft) {
        String callId = draft.path("callId").asText();
        return review.data("review", draft).data("call", scorecard.call(callId)).data("transcript", scorecard.transcript(callId))
                .data("evidence", ReviewForms.evidenceByBehaviour(scorecard.scores(callId))).data("refused", null);
    }
}
