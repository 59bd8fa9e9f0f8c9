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

@Path("/api/teams/{teamId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Teams", description = "A coach's view of their team")
public class TeamResource {

    @Inject
    ProfileService profiles;

    @GET
    @Path("profile")
    @RolesAllowed({Roles.ADMIN, Roles.COACH})
    @Operation(summary = "Read a team's coaching picture",
            description = "Each rep with their focus behaviours, stage and recommended approach per behaviour; each"
                    + " behaviour with the team's adherence, how many reps stand at each stage, which reps need"
                    + " training, coaching or mentoring, and the peers who consistently excel at it per call type.")
    @APIResponse(responseCode = "200", description = "The team view", content = @Content(schema = @Schema(implementation = TeamProfileView.class)))
    @APIResponse(responseCode = "404", description = "A team the caller does not coach")
    public TeamProfileView profile(@PathParam("teamId") String teamId) {
        return profiles.teamProfile(teamId);
    }
}
