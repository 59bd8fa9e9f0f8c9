package io.callreview.coaching.profile;

import io.callreview.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/api/reps/{repId}/sharing")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reps", description = "A rep's skill profile, nudge schedule and nudge settings")
public class SharingResource {

    @Inject
    SharingService sharing;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.REP})
    @Operation(summary = "Let teammates hear your call moments, or stop it",
            description = "When on (the default), the moments of your calls where you did a behaviour well may be offered"
                    + " to teammates of your team: in training units, nudges and mentoring, with your words and the time in"
                    + " the call. Off, none of your moments is offered from now on. Only the rep (or an admin) decides.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "stop sharing", value = "{\"shareMoments\": false}")))
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = SharingView.class)))
    @APIResponse(responseCode = "400", description = "shareMoments missing")
    @APIResponse(responseCode = "404", description = "Another rep")
    public SharingView update(@PathParam("repId") String repId, @Valid @NotNull SharingRequest request) {
        return sharing.update(repId, request);
    }
}
