package io.callreview.coaching.profile;

import io.callreview.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reps/{repId}/profile")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reps", description = "A rep's skill profile, nudge schedule and nudge settings")
public class RepResource {

    @Inject
    ProfileService profiles;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "Read a rep's skill profile",
            description = "Every behaviour graded on the rep's calls, with its FSRS memory state (stability, difficulty,"
                    + " retrievability now and when it falls below the target), competence stage and its meaning,"
                    + " the recommended approach (training, coaching, mentoring) with the reason, and the next"
                    + " scheduled moment. Reps see only themselves, coaches the reps of their teams.")
    @APIResponse(responseCode = "200", description = "The profile", content = @Content(schema = @Schema(implementation = RepProfileView.class)))
    @APIResponse(responseCode = "404", description = "Unknown rep, or one the caller may not see")
    public RepProfileView profile(@PathParam("repId") String repId) {
        return profiles.repProfile(repId);
    }
}
