package io.callreview.scorecard.dispute;

import io.callreview.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A rep disputes one verdict of the score of their call. */
@Path("/api/calls/{id}/disputes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disputes", description = "Reps acknowledge or dispute their scores; coaches resolve disputes")
public class CallDisputeResource {

    @Inject
    DisputeService disputes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REP)
    @Operation(summary = "Dispute one behaviour's verdict in the latest score of your call",
            description = "The rep of the call only, with a comment. One dispute per verdict of a revision.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "next steps were agreed",
            value = "{\"behaviourKey\": \"next-steps\", \"comment\": \"We agreed on a demo next Thursday at 14:00: it is at 28:20 in the recording.\"}")))
    @APIResponse(responseCode = "201", description = "Dispute opened", content = @Content(schema = @Schema(implementation = DisputeView.class)))
    @APIResponse(responseCode = "400", description = "No comment, or a behaviour the score does not grade")
    @APIResponse(responseCode = "404", description = "No such call, or not the rep's")
    @APIResponse(responseCode = "409", description = "This verdict is already disputed (open or resolved and locked)")
    public Response dispute(@PathParam("id") String id, @Valid @NotNull DisputeRequest request, UriInfo uri) {
        DisputeView dispute = disputes.open(id, request);
        return Response.created(uri.getBaseUriBuilder().path("api/disputes").path(dispute.id()).build()).entity(dispute).build();
    }
}
