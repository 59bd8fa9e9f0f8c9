package io.callreview.coaching.nudge;

import io.callreview.platform.problem.ApiException;
import io.callreview.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reps/{repId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reps", description = "A rep's skill profile, nudge schedule and nudge settings")
public class RepScheduleResource {

    @Inject
    ScheduleService schedules;

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
    @Operation(summary = "Read a rep's nudge settings",
            description = "Read-only: coaching-service's copy of the rep's time zone, working hours and days and daily cap,"
                    + " which notification-service owns (set them with PUT /api/reps/{repId}/preferences there) and"
                    + " announces as RepScheduleChanged.")
    @APIResponse(responseCode = "200", description = "The settings", content = @Content(schema = @Schema(implementation = RepSettingsView.class)))
    @APIResponse(responseCode = "404", description = "Unknown rep, or one the caller may not see")
    public RepSettingsView settings(@PathParam("repId") String repId) {
        return schedules.settings(repId);
    }

    @PUT
    @Path("settings")
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "Moved: set a rep's schedule with PUT /api/reps/{repId}/preferences on notification-service",
            description = "The rep's time zone, working hours and days, quiet hours and daily cap are now set in one place,"
                    + " notification-service's preferences (by the rep or an admin); coaching-service receives every change"
                    + " and moves pending nudges into the new working hours. For one release this answers 410 with a"
                    + " pointer, whatever the body; then it goes away.")
    @APIResponse(responseCode = "410", description = "Moved: the detail names the endpoint that sets the schedule now")
    @Deprecated
    public void updateSettings(@PathParam("repId") String repId) {
        throw new ApiException(410, "moved", "Moved to notification-service", "A rep's time zone, working hours and days,"
                + " quiet hours and daily cap are set with PUT /api/reps/" + repId + "/preferences on notification-service"
                + " (fields timeZone, workStart, workEnd, workDays, quietHours, dailyCap); coaching-service follows every change."
                + " GET /api/reps/" + repId + "/settings here shows coaching's copy.", List.of());
    }
}
