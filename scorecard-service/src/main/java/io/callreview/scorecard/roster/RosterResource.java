package io.callreview.scorecard.roster;

import io.callreview.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/roster")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roster", description = "Which team each rep is on and which teams each coach coaches: the only source of a rep's"
        + " team. A call naming a rep in another team is refused.")
public class RosterResource {

    @Inject
    Roster roster;

    @GET
    @Path("teams")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List the teams on the roster", description = "Every team a rep is on or a coach coaches, by id:"
            + " how many reps it has and who coaches it.")
    @APIResponse(responseCode = "200", description = "The teams",
            content = @Content(schema = @Schema(implementation = TeamSummaryView.class, type = SchemaType.ARRAY)))
    public List<TeamSummaryView> teams() {
        return roster.teams();
    }

    @GET
    @Path("teams/{teamId}")
    @RolesAllowed({Roles.ADMIN, Roles.COACH})
    @Operation(summary = "Read a team: its reps and coaches")
    @APIResponse(responseCode = "200", description = "The team", content = @Content(schema = @Schema(implementation = TeamRosterView.class)))
    @APIResponse(responseCode = "404", description = "Not a team the caller coaches")
    public TeamRosterView team(@Parameter(example = "team-emea") @PathParam("teamId") String teamId) {
        return roster.team(teamId);
    }

    @GET
    @Path("reps/{repId}")
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "Read a rep's place on the roster")
    @APIResponse(responseCode = "200", description = "The rep", content = @Content(schema = @Schema(implementation = RosterRepView.class)))
    @APIResponse(responseCode = "404", description = "Not on the roster, or not a rep the caller may see")
    public RosterRepView rep(@Parameter(example = "rep-42") @PathParam("repId") String repId) {
        return roster.rep(repId);
    }

    @PUT
    @Path("reps/{repId}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a rep on a team, or move them",
            description = "Audited (ROSTER_REP_ASSIGNED, before and after). A move is announced as RosterChanged: the rep's"
                    + " coaching history follows them to the new team's coaches; their calls stay with the team they were made in.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "rep",
            value = "{\"teamId\": \"team-emea\", \"displayName\": \"Rita Rep\"}")))
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = RosterRepView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    public RosterRepView assign(@Parameter(example = "rep-42") @PathParam("repId") String repId,
                                @Valid @NotNull RepAssignmentRequest request) {
        return roster.assign(repId, request);
    }

    @GET
    @Path("coaches/{coachId}")
    @RolesAllowed({Roles.ADMIN, Roles.COACH})
    @Operation(summary = "Read the teams a coach coaches", description = "Admins read any coach, a coach themselves.")
    @APIResponse(responseCode = "200", description = "The coach", content = @Content(schema = @Schema(implementation = RosterCoachView.class)))
    @APIResponse(responseCode = "404", description = "Not on the roster, or another coach")
    public RosterCoachView coach(@Parameter(example = "coach-7") @PathParam("coachId") String coachId) {
        return roster.coach(coachId);
    }

    @PUT
    @Path("coaches/{coachId}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the teams a coach coaches",
            description = "Replaces the coach's teams; audited (ROSTER_COACH_SET). Calibration sessions may name only coaches"
                    + " of the calls' team.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "coach",
            value = "{\"teams\": [\"team-emea\", \"team-dach\"]}")))
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = RosterCoachView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    public RosterCoachView setCoach(@Parameter(example = "coach-7") @PathParam("coachId") String coachId,
                                    @Valid @NotNull CoachTeamsRequest request) {
        return roster.setCoach(coachId, request);
    }

    @DELETE
    @Path("coaches/{coachId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Take a coach off the roster", description = "Audited (ROSTER_COACH_REMOVED).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "Not on the roster")
    public void removeCoach(@Parameter(example = "coach-7") @PathParam("coachId") String coachId) {
        roster.removeCoach(coachId);
    }
}
