package io.callreview.coaching.plan;

import io.callreview.coaching.domain.PlanStatus;
import io.callreview.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coaching plans", description = "A coach's plan for a rep: focus behaviours, target adherence, review date, progress and effectiveness")
public class PlanResource {

    @Inject
    PlanService plans;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COACH})
    @Operation(summary = "Create a coaching plan for a rep of the coach's team",
            description = "The plan's behaviours become the rep's focus behaviours, and the rep is told about the plan. The"
                    + " blockage the rep found and the solution agreed are optional; the follow-up reminders about the plan's"
                    + " behaviours recall the solution.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "next steps",
            value = "{\"repId\": \"rep-42\", \"focusBehaviours\": [\"next-steps\"], \"targetAdherence\": 0.8,"
                    + " \"reviewDate\": \"2030-06-30\", \"notes\": \"Close every discovery call with a date for the next meeting.\","
                    + " \"blockage\": \"I am afraid of sounding pushy when I ask for the next meeting.\","
                    + " \"solution\": \"Offer two dates as a question.\"}")))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, e.g. a review date in the past")
    @APIResponse(responseCode = "404", description = "Unknown rep, or not of the coach's teams")
    @APIResponse(responseCode = "409", description = "The rep already has an active plan")
    @APIResponse(responseCode = "422", description = "A focus behaviour no scorecard of the team grades")
    public Response create(@Valid @NotNull PlanRequest request, UriInfo uri) {
        PlanView created = plans.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "List plans", description = "Reps see their own plans, coaches the plans of their teams, admins all.")
    public List<PlanView> list(@Parameter(description = "Only this rep's plans") @QueryParam("repId") String repId,
                               @Parameter(description = "Only this team's plans") @QueryParam("teamId") String teamId,
                               @Parameter(description = "Only plans in this status") @QueryParam("status") PlanStatus status) {
        return plans.list(repId, teamId, status);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "Read a plan with its progress and effectiveness",
            description = "Progress per focus behaviour comes from the scores since the plan started; effectiveness"
                    + " compares adherence after the start with an equal window before it, with the calls behind each figure.")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = "Unknown plan, or one the caller may not see")
    public PlanView get(@PathParam("id") String id) {
        return plans.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COACH})
    @Operation(summary = "Edit, complete or cancel a plan", description = "Every change is announced to the rep.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "edit", value = "{\"focusBehaviours\": [\"next-steps\", \"ask-budget\"], \"targetAdherence\": 0.75,"
                    + " \"reviewDate\": \"2030-07-15\", \"notes\": \"Add the budget question.\", \"blockage\": null,"
                    + " \"solution\": \"Offer two dates as a question.\", \"status\": \"ACTIVE\", \"version\": 0}"),
            @ExampleObject(name = "complete", value = "{\"focusBehaviours\": [\"next-steps\"], \"targetAdherence\": 0.8,"
                    + " \"reviewDate\": \"2030-06-30\", \"notes\": null, \"status\": \"COMPLETED\", \"version\": 1}")}))
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field")
    @APIResponse(responseCode = "404", description = "Unknown plan, or not of the coach's teams")
    @APIResponse(responseCode = "409", description = "Stale version, or the plan has already ended")
    @APIResponse(responseCode = "422", description = "A focus behaviour no scorecard of the team grades")
    public PlanView update(@PathParam("id") String id, @Valid @NotNull PlanUpdate update) {
        return plans.update(id, update);
    }
}
