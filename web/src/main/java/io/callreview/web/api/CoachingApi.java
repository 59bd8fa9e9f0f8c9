package io.callreview.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** coaching-service's public API: profiles, the team view, the nudge schedule, training units, plans and the audit log. */
@RegisterRestClient(configKey = "coaching")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemResponses.class)
public interface CoachingApi {

    @GET
    @Path("/api/reps/{repId}/profile")
    JsonNode profile(@PathParam("repId") String repId);

    @PUT
    @Path("/api/reps/{repId}/sharing")
    JsonNode setSharing(@PathParam("repId") String repId, JsonNode sharing);

    @GET
    @Path("/api/reps/{repId}/schedule")
    JsonNode schedule(@PathParam("repId") String repId);

    @GET
    @Path("/api/teams/{teamId}/profile")
    JsonNode teamProfile(@PathParam("teamId") String teamId);

    @GET
    @Path("/api/plans")
    JsonNode plans(@QueryParam("repId") String repId, @QueryParam("teamId") String teamId, @QueryParam("status") String status);

    @POST
    @Path("/api/plans")
    JsonNode createPlan(JsonNode plan);

    @GET
    @Path("/api/plans/{id}")
    JsonNode plan(@PathParam("id") String id);

    @PUT
    @Path("/api/plans/{id}")
    JsonNode updatePlan(@PathParam("id") String id, JsonNode update);

    @GET
    @Path("/api/reps/{repId}/training")
    JsonNode trainingUnits(@PathParam("repId") String repId);

    @GET
    @Path("/api/training/{id}")
    JsonNode trainingUnit(@PathParam("id") String id);

    @POST
    @Path("/api/training/{id}/done")
    JsonNode markTrainingDone(@PathParam("id") String id);

    @GET
    @Path("/api/audit")
    JsonNode audit(@QueryParam("entity") String entity, @QueryParam("actor") String actor, @QueryParam("action") String action,
                   @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/api/audit/verification")
    JsonNode auditVerification();
}
