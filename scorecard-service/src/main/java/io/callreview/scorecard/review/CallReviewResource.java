package io.callreview.scorecard.review;

import io.callreview.platform.security.Roles;
import io.callreview.scorecard.support.JsonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Starting a coach's review of one call. No @Consumes: the body is optional, and curl may send none. */
@Path("/api/calls/{id}/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "Coaches review calls: override verdicts with reasons, pin moments, finalise into a new score revision")
public class CallReviewResource {

    @Inject
    ReviewService reviews;

    @Inject
    JsonBody body;

    @POST
    @RolesAllowed({Roles.COACH, Roles.ADMIN})
    @Operation(summary = "Start a review of a call",
            description = "Coaches of the call's team and admins. The draft starts from the automatic grade (default), the latest"
                    + " score revision, or blank, against the scorecard version the call was scored with unless another"
                    + " published version is named. One open draft per coach and call.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReviewStartRequest.class), examples = {
            @ExampleObject(name = "from the automatic grade", value = "{\"startFrom\": \"AUTOMATIC\"}"),
            @ExampleObject(name = "blank, against version 2", value = "{\"startFrom\": \"BLANK\", \"scorecardVersion\": 2}")}))
    @APIResponse(responseCode = "201", description = "Draft started", content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "404", description = "No such call, or not one of the coach's teams")
    @APIResponse(responseCode = "409", description = "The coach already has a draft of this call")
    @APIResponse(responseCode = "422", description = "Unknown or draft scorecard version, or no score to start from")
    public Response start(@PathParam("id") String id, byte[] request, UriInfo uri) {
        ReviewView review = reviews.start(id, body.readOptional(request, ReviewStartRequest.class));
        return Response.created(uri.getBaseUriBuilder().path("api/reviews").path(review.id()).build()).entity(review).build();
    }

    @GET
    @RolesAllowed({Roles.COACH, Roles.ADMIN})
    @Operation(summary = "List the reviews of a call, drafts and final, oldest first")
    @APIResponse(responseCode = "200", description = "The reviews")
    @APIResponse(responseCode = "404", description = "No such call, or not one of the coach's teams")
    public List<ReviewView> list(@PathParam("id") String id) {
        return reviews.listFor(id);
    }
}
