package io.callreview.scorecard.review;

import io.callreview.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "Coaches review calls: override verdicts with reasons, pin moments, finalise into a new score revision")
public class ReviewResource {

    static final String UPDATE_EXAMPLE = """
            {"verdicts": [
               {"behaviourKey": "qualification", "verdict": "MET", "comment": "Budget and timeline both covered."},
               {"behaviourKey": "next-steps", "verdict": "MISSED",
                "reason": "The prospect proposed the follow-up; the rep agreed to nothing concrete."},
               {"behaviourKey": "agenda", "verdict": "MET"},
               {"behaviourKey": "objection-handling", "verdict": "NOT_APPLICABLE"}],
             "moments": [{"atMs": 120000, "behaviourKey": "qualification", "comment": "Textbook budget question."},
                         {"atMs": 1700000, "behaviourKey": "next-steps", "comment": "Here: propose a date for the demo."}],
             "strengthBehaviourKey": "qualification", "focusBehaviourKey": "next-steps",
             "summary": "Strong discovery. Close with a concrete, dated next step."}""";

    @Inject
    ReviewService reviews;

    @GET
    @Path("{reviewId}")
    @RolesAllowed({Roles.COACH, Roles.ADMIN})
    @Operation(summary = "Read a review", description = "Each behaviour shows the automatic verdict next to the coach's.")
    @APIResponse(responseCode = "200", description = "The review", content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "404", description = "No such review, or not of the coach's teams")
    public ReviewView get(@PathParam("reviewId") String reviewId) {
        return reviews.get(reviewId);
    }

    @PUT
    @Path("{reviewId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COACH, Roles.ADMIN})
    @Operation(summary = "Save the draft of a review",
            description = "Replaces the draft's verdicts, moments, strength, focus and summary. A verdict that differs from the"
                    + " grader's decided verdict needs a reason; NEEDS_REVIEW is not a coach's verdict; NOT_APPLICABLE only where"
                    + " the behaviour allows it. Moments lie within the call; the strength is a behaviour marked MET.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "override with a reason", value = UPDATE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Draft saved", content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, an unknown behaviour, or an override without a reason")
    @APIResponse(responseCode = "403", description = "Another coach's review")
    @APIResponse(responseCode = "404", description = "No such review, or not of the coach's teams")
    @APIResponse(responseCode = "409", description = "The review is already final")
    public ReviewView update(@PathParam("reviewId") String reviewId, @Valid @NotNull ReviewUpdate update) {
        return reviews.update(reviewId, update);
    }

    @POST
    @Path("{reviewId}/finalize")
    @RolesAllowed({Roles.COACH, Roles.ADMIN})
    @Operation(summary = "Finalise a review into the next score revision",
            description = "Creates revision n+1 with the coach as scorer, its score and auto-fail computed from the final verdicts,"
                    + " and publishes CallScored (with strength, focus and moments) through the outbox in the same transaction."
                    + " Earlier revisions stay stored.")
    @APIResponse(responseCode = "200", description = "Final", content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "403", description = "Another coach's review")
    @APIResponse(responseCode = "404", description = "No such review, or not of the coach's teams")
    @APIResponse(responseCode = "409", description = "Already final")
    @APIResponse(responseCode = "422", description = "A behaviour has no verdict yet")
    public ReviewView finalizeReview(@PathParam("reviewId") String reviewId) {
        return reviews.finalizeReview(reviewId);
    }
}
