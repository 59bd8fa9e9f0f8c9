package io.callreview.notification.delivery;

import io.callreview.platform.security.CurrentUser;
import io.callreview.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries", description = "Where each nudge went, when, and what failed")
public class DeliveryResource {

    @Inject
    DeliveryLog log;

    @Inject
    CurrentUser user;

    @GET
    @Path("nudges/{nudgeId}/deliveries")
    @RolesAllowed({Roles.REP, Roles.COACH, Roles.ADMIN})
    @Operation(summary = "Read the delivery log of a nudge", description = "Each channel's status (PENDING, DEFERRED, SENDING,"
            + " SENT, FAILED, SUPPRESSED) with its reason and every attempt. A rep sees their own nudges, a coach their teams' reps',"
            + " an admin all.")
    @APIResponse(responseCode = "200", description = "The log", content = @Content(schema = @Schema(implementation = NudgeDeliveries.class)))
    @APIResponse(responseCode = "404", description = "Unknown nudge, or one the caller may not see")
    public NudgeDeliveries forNudge(@PathParam("nudgeId") String nudgeId) {
        return log.forNudge(nudgeId, user::maySeeRep);
    }

    @GET
    @Path("deliveries/failed")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List failed deliveries", description = "Retries exhausted, permanent errors (a revoked webhook, an"
            + " address the mail server refuses, a webhook address refused), and deliveries in doubt because their sender stopped"
            + " mid-send. Only here does each carry its last failure in full (errorDetail); reps and coaches see the status code.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = DeliveryPage.class)))
    public DeliveryPage failed(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                               @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return log.failed(page, size);
    }

    @POST
    @Path("deliveries/{id}/retry")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Retry a failed delivery", description = "Queues it again with a fresh attempt budget; the rules still"
            + " apply (quiet hours, expiry, the channel still on). A delivery from a digest is retried with the rest of it.")
    @APIResponse(responseCode = "200", description = "The deliveries queued again",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "Unknown delivery")
    @APIResponse(responseCode = "409", description = "The delivery is not FAILED")
    public List<DeliveryView> retry(@PathParam("id") long id) {
        return log.retry(id);
    }
}
