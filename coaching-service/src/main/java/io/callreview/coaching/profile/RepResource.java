package io.callreview.coaching.profile;

import io.callreview.coaching.nudge.RepScheduleView;
import io.callreview.coaching.nudge.RepSettingsUpdate;
import io.callreview.coaching.nudge.RepSettingsView;
import io.callreview.coaching.nudge.ScheduleService;
import io.callreview.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

@Path("/api/reps/{repId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reps", description = "A rep's skill profile, nudge schedule and nudge settings")
public class RepResource {

    @Inject
    ProfileService profiles;

    @Inject
    ScheduleService schedules;

    @GET
    @Path("profile")
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

    @GET
    @Path("schedule")
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "Read a rep's schedule of micro-moments",
            description = "Pending nudges soonest first, each with the evidence or rule that produced it, and what"
                    + " happened to the nudges of the last 14 days (sent, skipped by a delivery rule, or cancelled).")
    @APIResponse(responseCode = "200", description = "The schedule", content = @Content(schema = @Schema(implementation = RepScheduleView.class)))
    @APIResponse(responseCode = "404", description = "Unknown rep, or one the caller may not see")
    public RepScheduleView schedule(@PathParam("repId") String repId) {
        return schedules.schedule(repId);
    }

    @GET
    @Path("settings")
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "Read a rep's nudge settings")
    @APIResponse(responseCode = "200", description = "The settings", content = @Content(schema = @Schema(implementation = RepSettingsView.class)))
    @APIResponse(responseCode = "404", description = "Unknown rep, or one the caller may not see")
    public RepSettingsView settings(@PathParam("repId") String repId) {
        return schedules.settings(repId);
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "Set a rep's working hours, time zone and daily cap",
            description = "Pending nudges move into the new working hours at once.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "berlin",
            value = "{\"timeZone\": \"Europe/Berlin\", \"workStart\": \"08:30\", \"workEnd\": \"17:00\","
                    + " \"workDays\": [\"MONDAY\", \"TUESDAY\", \"WEDNESDAY\", \"THURSDAY\"], \"dailyCap\": 3}")))
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = RepSettingsView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, e.g. an unknown time zone or hours that end before they start")
    @APIResponse(responseCode = "404", description = "Unknown rep, or one the caller may not see")
    public RepSettingsView updateSettings(@PathParam("repId") String repId, @Valid @NotNull RepSettingsUpdate update) {
        return schedules.update(repId, update);
    }
}
