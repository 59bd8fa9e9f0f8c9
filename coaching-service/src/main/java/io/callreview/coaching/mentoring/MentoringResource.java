package io.callreview.coaching.mentoring;

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

@Path("/api/mentoring")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mentoring", description = "Reps paired with a teammate who is consciously competent and consistent at a behaviour")
public class MentoringResource {

    @Inject
    MentoringService mentoring;

    @POST
    @Path("{id}/met")
    @RolesAllowed({Roles.ADMIN, Roles.REP})
    @Operation(summary = "Record that the rep and the mentor met",
            description = "Either of them (or an admin) records it; recording it again changes nothing.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(schema = @Schema(implementation = MentoringPairingView.class)))
    @APIResponse(responseCode = "404", description = "Unknown pairing, or one the caller is not part of")
    public MentoringPairingView met(@PathParam("id") String id) {
        return mentoring.met(id);
    }
}
