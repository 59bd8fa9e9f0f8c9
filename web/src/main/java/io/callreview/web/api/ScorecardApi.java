package io.callreview.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.io.InputStream;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** scorecard-service's public API: calls and scores, reviews, disputes, calibration, scorecards, integrations, the roster, analytics and the audit log. */
@RegisterRestClient(configKey = "scorecard")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemResponses.class)
public interface ScorecardApi {

    // ---------------------------------------------------------------- calls and scores

    @GET
    @Path("/api/calls")
    JsonNode calls(@QueryParam("repId") String repId, @QueryParam("teamId") String teamId,
                   @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/api/calls/{id}")
    JsonNode call(@PathParam("id") String id);

    @GET
    @Path("/api/calls/{id}/scores")
    JsonNode scores(@PathParam("id") String id);

    @GET
    @Path("/api/calls/{id}/transcript")
    JsonNode transcript(@PathParam("id") String id);

    @GET
    @Path("/api/calls/{id}/moments/{atMs}")
    JsonNode moment(@PathParam("id") String id, @PathParam("atMs") long atMs);

    @POST
    @Path("/api/calls/{id}/acknowledgement")
    JsonNode acknowledge(@PathParam("id") String id);

    @POST
    @Path("/api/calls/{id}/disputes")
    JsonNode dispute(@PathParam("id") String id, JsonNode dispute);

    @POST
    @Path("/api/calls/{id}/set-aside")
    JsonNode setAside(@PathParam("id") String id, JsonNode request);

    @POST
    @Path("/api/calls/{id}/move")
    JsonNode move(@PathParam("id") String id, JsonNode request);

    /** The scores of the calls started in the period as CSV, streamed: read it as it arrives and close it. */
    @GET
    @Path("/api/exports/scores.csv")
    @Produces("text/csv")
    InputStream scoresCsv(@QueryParam("teamId") String teamId, @QueryParam("from") String from, @QueryParam("to") String to);

    // ---------------------------------------------------------------- disputes

    @GET
    @Path("/api/disputes")
    JsonNode disputes(@QueryParam("status") String status, @QueryParam("callId") String callId,
                      @QueryParam("teamId") String teamId, @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/api/disputes/{id}/resolution")
    JsonNode resolve(@PathParam("id") String id, JsonNode resolution);

    // ---------------------------------------------------------------- calibration

    @GET
    @Path("/api/calibrations")
    JsonNode calibrations();

    @POST
    @Path("/api/calibrations")
    JsonNode createCalibration(JsonNode session);

    @GET
    @Path("/api/calibrations/{id}")
    JsonNode calibration(@PathParam("id") String id);

    @PUT
    @Path("/api/calibrations/{id}/ratings")
    JsonNode rate(@PathParam("id") String id, JsonNode ratings);

    @POST
    @Path("/api/calibrations/{id}/close")
    JsonNode closeCalibration(@PathParam("id") String id);

    @GET
    @Path("/api/calibrations/{id}/agreement")
    JsonNode agreement(@PathParam("id") String id);

    // ---------------------------------------------------------------- reviews

    @GET
    @Path("/api/review-queue")
    JsonNode reviewQueue(@QueryParam("teamId") String teamId, @QueryParam("limit") int limit);

    @POST
    @Path("/api/calls/{id}/reviews")
    JsonNode startReview(@PathParam("id") String callId, JsonNode start);

    @GET
    @Path("/api/calls/{id}/reviews")
    JsonNode reviews(@PathParam("id") String callId);

    @GET
    @Path("/api/reviews/{id}")
    JsonNode review(@PathParam("id") String id);

    @PUT
    @Path("/api/reviews/{id}")
    JsonNode saveReview(@PathParam("id") String id, JsonNode update);

    @POST
    @Path("/api/reviews/{id}/finalize")
    JsonNode finalizeReview(@PathParam("id") String id);

    // ---------------------------------------------------------------- call types and scorecards

    @GET
    @Path("/api/call-types")
    JsonNode callTypes();

    @POST
    @Path("/api/call-types")
    JsonNode createCallType(JsonNode callType);

    @GET
    @Path("/api/call-types/{key}/scorecards")
    JsonNode scorecards(@PathParam("key") String callType);

    @GET
    @Path("/api/call-types/{key}/scorecards/{version}")
    JsonNode scorecard(@PathParam("key") String callType, @PathParam("version") int version);

    @POST
    @Path("/api/call-types/{key}/scorecards/starter")
    JsonNode createStarter(@PathParam("key") String callType, @QueryParam("template") String template);

    @POST
    @Path("/api/call-types/{key}/scorecards/{version}/draft")
    JsonNode draftFrom(@PathParam("key") String callType, @PathParam("version") int version);

    @PUT
    @Path("/api/call-types/{key}/scorecards/{version}")
    JsonNode saveScorecard(@PathParam("key") String callType, @PathParam("version") int version, JsonNode scorecard);

    @POST
    @Path("/api/call-types/{key}/scorecards/{version}/publish")
    JsonNode publish(@PathParam("key") String callType, @PathParam("version") int version);

    @POST
    @Path("/api/call-types/{key}/scorecards/{version}/retire")
    JsonNode retire(@PathParam("key") String callType, @PathParam("version") int version,
                    @QueryParam("refuseNewCalls") boolean refuseNewCalls);

    @GET
    @Path("/api/call-types/{key}/scorecards/diff")
    JsonNode diff(@PathParam("key") String callType, @QueryParam("from") int from, @QueryParam("to") int to);

    @GET
    @Path("/api/call-types/{key}/example-suggestions")
    JsonNode exampleSuggestions(@PathParam("key") String callType, @QueryParam("status") String status);

    @POST
    @Path("/api/call-types/{key}/example-suggestions/acceptance")
    JsonNode acceptSuggestions(@PathParam("key") String callType, JsonNode ids);

    @POST
    @Path("/api/call-types/{key}/example-suggestions/{id}/rejection")
    JsonNode rejectSuggestion(@PathParam("key") String callType, @PathParam("id") String id, JsonNode reason);

    // ---------------------------------------------------------------- integrations and the roster

    @GET
    @Path("/api/integrations/{source}/identities")
    JsonNode identities(@PathParam("source") String source);

    @PUT
    @Path("/api/integrations/{source}/identities/{externalUser}")
    JsonNode putIdentity(@PathParam("source") String source, @PathParam("externalUser") String externalUser, JsonNode identity);

    @DELETE
    @Path("/api/integrations/{source}/identities/{externalUser}")
    void deleteIdentity(@PathParam("source") String source, @PathParam("externalUser") String externalUser);

    @GET
    @Path("/api/integrations/{source}/settings")
    JsonNode sourceSettings(@PathParam("source") String source);

    @PUT
    @Path("/api/integrations/{source}/settings")
    JsonNode putSourceSettings(@PathParam("source") String source, JsonNode settings);

    @GET
    @Path("/api/roster/teams")
    JsonNode teams();

    @GET
    @Path("/api/roster/teams/{teamId}")
    JsonNode team(@PathParam("teamId") String teamId);

    @GET
    @Path("/api/roster/reps/{repId}")
    JsonNode rosterRep(@PathParam("repId") String repId);

    @PUT
    @Path("/api/roster/reps/{repId}")
    JsonNode assignRep(@PathParam("repId") String repId, JsonNode assignment);

    @GET
    @Path("/api/roster/coaches/{coachId}")
    JsonNode coach(@PathParam("coachId") String coachId);

    @PUT
    @Path("/api/roster/coaches/{coachId}")
    JsonNode setCoachTeams(@PathParam("coachId") String coachId, JsonNode teams);

    @DELETE
    @Path("/api/roster/coaches/{coachId}")
    void removeCoach(@PathParam("coachId") String coachId);

    // ---------------------------------------------------------------- analytics and audit

    @GET
    @Path("/api/analytics/adherence")
    JsonNode adherence(@QueryParam("groupBy") String groupBy, @QueryParam("teamId") String teamId, @QueryParam("repId") String repId);

    @GET
    @Path("/api/analytics/gaps")
    JsonNode gaps(@QueryParam("teamId") String teamId, @QueryParam("repId") String repId, @QueryParam("limit") int limit);

    @GET
    @Path("/api/analytics/grader-accuracy")
    JsonNode graderAccuracy(@QueryParam("teamId") String teamId);

    @GET
    @Path("/api/audit")
    JsonNode audit(@QueryParam("entity") String entity, @QueryParam("actor") String actor, @QueryParam("action") String action,
                   @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/api/audit/verification")
    JsonNode auditVerification();
}
