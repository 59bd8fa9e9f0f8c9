package io.callreview.scorecard.dispute;

import io.callreview.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A rep acknowledges the score of their call. */
@Path("/api/calls/{id}/acknowledgement")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disputes", description = "Reps acknowledge or dispute their scores; coaches resolve disputes")
public class CallAcknowledgementResource {

    @Inject
    DisputeService disputes;

    @POST
    @RolesAllowed(Roles.REP)
    @Operation(summary = "Acknowledge the latest score of your call",
            description = "The rep of the call only. Acknowledging the same revision again changes nothing.")
    @APIResponse(responseCode = "200", description = "Acknowledged", content = @Content(schema = @Schema(implementation = AcknowledgementView.class)))
    @APIResponse(responseCode = "404", description = "No such call, or not the rep's")
    public AcknowledgementView acknowledge(@PathParam("id") String id) {
        return disputes.acknowledge(id);
    }
}
