package io.callreview.scorecard.scheduledcall;

import io.callreview.platform.security.CurrentUser;
import io.callreview.platform.security.Roles;
import io.callreview.scorecard.support.IdempotentAnswers;
import io.callreview.scorecard.support.IdempotentRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/scheduled-calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scheduled calls", description = "Upcoming calls, announced so that coaching can prepare the rep")
public class ScheduledCallResource {

    @Inject
    ScheduledCallService scheduled;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    CurrentUser user;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
    @Operation(summary = "Announce an upcoming call",
            description = "Publishes CallScheduled through the outbox. Idempotent by (source, externalId): the same announcement"
                    + " answers 200 unchanged; a new time, type, rep or team reschedules (200) and announces again.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "demo next week",
            value = "{\"repId\": \"rep-42\", \"teamId\": \"team-emea\", \"callType\": \"discovery\","
                    + " \"startsAt\": \"2026-03-05T14:00:00Z\", \"externalId\": \"crm-meeting-5512\", \"source\": \"salesforce\"}")))
    @APIResponse(responseCode = "201", description = "Scheduled", content = @Content(schema = @Schema(implementation = ScheduledCallView.class)))
    @APIResponse(responseCode = "200", description = "Already known (unchanged), or rescheduled", content = @Content(schema = @Schema(implementation = ScheduledCallView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "422", description = "Unknown call type (field callType), the call is in the past, or the Idempotency-Key was used with another body")
    public Response schedule(@Valid @NotNull ScheduledCallRequest request,
                             @Parameter(description = "Makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                             UriInfo uri) {
        IdempotentRequests.Answer answer = idempotency.run(user.id(), idempotencyKey, "POST /api/scheduled-calls", request, () -> {
            ScheduledCallService.Outcome outcome = scheduled.schedule(request);
            return new IdempotentRequests.Answer(outcome.status(), outcome.call());
        });
        return IdempotentAnswers.response(answer, uri, ScheduledCallView.class, ScheduledCallView::id);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "Read a scheduled call")
    @APIResponse(responseCode = "200", description = "The scheduled call", content = @Content(schema = @Schema(implementation = ScheduledCallView.class)))
    @APIResponse(responseCode = "404", description = "No such scheduled call, or not one the caller may see")
    public ScheduledCallView get(@PathParam("id") String id) {
        return scheduled.get(id);
    }
}
