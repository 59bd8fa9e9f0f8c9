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

/** notification-service's public API: the rep's inbox, answers and preferences; failed deliveries and the audit log for admins. */
@RegisterRestClient(configKey = "notification")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemResponses.class)
public interface NotificationApi {

    @GET
    @Path("/api/reps/{repId}/inbox")
    JsonNode inbox(@PathParam("repId") String repId, @QueryParam("page") int page, @QueryParam("size") int size,
                   @QueryParam("unreadOnly") boolean unreadOnly);

    @GET
    @Path("/api/reps/{repId}/inbox/unread-count")
    JsonNode unreadCount(@PathParam("repId") String repId);

    @GET
    @Path("/api/reps/{repId}/inbox/{nudgeId}")
    JsonNode nudge(@PathParam("repId") String repId, @PathParam("nudgeId") String nudgeId);

    @POST
    @Path("/api/reps/{repId}/inbox/{nudgeId}/read")
    void markRead(@PathParam("repId") String repId, @PathParam("nudgeId") String nudgeId);

    @POST
    @Path("/api/reps/{repId}/inbox/{nudgeId}/response")
    JsonNode respond(@PathParam("repId") String repId, @PathParam("nudgeId") String nudgeId, JsonNode answer);

    @GET
    @Path("/api/reps/{repId}/preferences")
    JsonNode preferences(@PathParam("repId") String repId);

    @PUT
    @Path("/api/reps/{repId}/preferences")
    JsonNode savePreferences(@PathParam("repId") String repId, JsonNode preferences);

    @GET
    @Path("/api/deliveries/failed")
    JsonNode failedDeliveries(@QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/api/deliveries/{id}/retry")
    JsonNode retryDelivery(@PathParam("id") long id);

    @GET
    @Path("/api/audit")
    JsonNode audit(@QueryParam("entity") String entity, @QueryParam("actor") String actor, @QueryParam("action") String action,
                   @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/api/audit/verification")
    JsonNode auditVerification();
}
