package io.callreview.scorecard.security;

import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.testsupport.AuthorizationMatrix;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.callreview.testsupport.AuthorizationMatrix.PUBLIC;
import static io.restassured.RestAssured.given;

/** Who may call what in scorecard-service. A new endpoint without a line here fails the build. */
@QuarkusTest
class AuthorizationMatrixTest {

    /** Integrations post calls and scheduled calls only; they read nothing. */
    private static final String[] PEOPLE = {"admin", "coach", "rep"};

    static final AuthorizationMatrix MATRIX = new AuthorizationMatrix()
            .sample("key", "matrix-type")
            .sample("version", "1")
            .sample("id", "00000000-0000-0000-0000-000000000000")
            .sample("source", "hubspot")
            .sample("externalUser", "owner-1")
            .sample("reviewId", "00000000-0000-0000-0000-000000000000")
            .sample("repId", "matrix-rep")
            .sample("teamId", "matrix-team")
            .sample("coachId", "matrix-coach")
            .sample("atMs", "0")
            .allow("POST", "/api/call-types", "admin")
            .allow("GET", "/api/call-types", PEOPLE)
            .allow("GET", "/api/call-types/{key}", PEOPLE)
            .allow("PUT", "/api/call-types/{key}", "admin")
            .allow("DELETE", "/api/call-types/{key}", "admin")
            .allow("POST", "/api/call-types/{key}/scorecards", "admin")
            .allow("GET", "/api/call-types/{key}/scorecards", PEOPLE)
            .allow("POST", "/api/call-types/{key}/scorecards/starter", "admin")
            .allow("GET", "/api/call-types/{key}/scorecards/published", PEOPLE)
            .allow("GET", "/api/call-types/{key}/scorecards/diff", PEOPLE)
            .allow("GET", "/api/call-types/{key}/scorecards/{version}", PEOPLE)
            .allow("PUT", "/api/call-types/{key}/scorecards/{version}", "admin")
            .allow("DELETE", "/api/call-types/{key}/scorecards/{version}", "admin")
            .allow("POST", "/api/call-types/{key}/scorecards/{version}/draft", "admin")
            .allow("POST", "/api/call-types/{key}/scorecards/{version}/publish", "admin")
            .allow("POST", "/api/call-types/{key}/scorecards/{version}/retire", "admin")
            .allow("GET", "/api/call-types/{key}/example-suggestions", "admin")
            .allow("POST", "/api/call-types/{key}/example-suggestions/acceptance", "admin")
            .allow("POST", "/api/call-types/{key}/example-suggestions/{id}/rejection", "admin")
            .allow("POST", "/api/calls", "integration", "admin")
            .allow("GET", "/api/calls", PEOPLE)
            .allow("GET", "/api/calls/{id}", PEOPLE)
            .allow("GET", "/api/calls/{id}/score", PEOPLE)
            .allow("POST", "/api/calls/{id}/grading", "admin")
            .allow("POST", "/api/calls/{id}/transcription", "admin")
            .allow("POST", "/api/calls/{id}/set-aside", "admin")
            .allow("POST", "/api/calls/{id}/move", "admin")
            .allow("GET", "/api/calls/{id}/scores", PEOPLE)
            .allow("GET", "/api/calls/{id}/transcript", PEOPLE)
            .allow("GET", "/api/calls/{id}/moments/{atMs}", PEOPLE)
            .allow("POST", "/api/calls/{id}/reviews", "coach", "admin")
            .allow("GET", "/api/calls/{id}/reviews", "coach", "admin")
            .allow("GET", "/api/reviews/{reviewId}", "coach", "admin")
            .allow("PUT", "/api/reviews/{reviewId}", "coach", "admin")
            .allow("POST", "/api/reviews/{reviewId}/finalize", "coach", "admin")
            .allow("GET", "/api/review-queue", "coach", "admin")
            .allow("POST", "/api/calls/{id}/acknowledgement", "rep")
            .allow("POST", "/api/calls/{id}/disputes", "rep")
            .allow("GET", "/api/disputes", PEOPLE)
            .allow("GET", "/api/disputes/{id}", PEOPLE)
            .allow("POST", "/api/disputes/{id}/resolution", "coach", "admin")
            .allow("POST", "/api/calibrations", "coach", "admin")
            .allow("GET", "/api/calibrations", "coach", "admin")
            .allow("GET", "/api/calibrations/{id}", "coach", "admin")
            .allow("PUT", "/api/calibrations/{id}/ratings", "coach", "admin")
            .allow("POST", "/api/calibrations/{id}/close", "coach", "admin")
            .allow("GET", "/api/calibrations/{id}/agreement", "coach", "admin")
            .allow("GET", "/api/analytics/adherence", PEOPLE)
            .allow("GET", "/api/analytics/consistency", PEOPLE)
            .allow("GET", "/api/analytics/gaps", PEOPLE)
            .allow("GET", "/api/analytics/grader-accuracy", "coach", "admin")
            .allow("GET", "/api/analytics/disputes", "coach", "admin")
            .allow("GET", "/api/exports/scores.csv", "coach", "admin")
            .allow("GET", "/api/audit", "admin")
            .allow("GET", "/api/audit/verification", "admin")
            .allow("POST", "/api/scheduled-calls", "integration", "admin")
            .allow("GET", "/api/scheduled-calls/{id}", PEOPLE)
            .allow("POST", "/api/webhooks/hubspot", PUBLIC)
            .allow("POST", "/api/webhooks/zoom", PUBLIC)
            .allow("POST", "/api/webhooks/twilio/recordings", PUBLIC)
            .allow("POST", "/api/webhooks/signed", PUBLIC)
            .allow("GET", "/api/integrations/{source}/identities", "admin")
            .allow("PUT", "/api/integrations/{source}/identities/{externalUser}", "admin")
            .allow("DELETE", "/api/integrations/{source}/identities/{externalUser}", "admin")
            .allow("GET", "/api/integrations/{source}/settings", "admin")
            .allow("PUT", "/api/integrations/{source}/settings", "admin")
            .allow("GET", "/api/roster/teams", "admin")
            .allow("GET", "/api/roster/teams/{teamId}", "coach", "admin")
            .allow("GET", "/api/roster/reps/{repId}", PEOPLE)
            .allow("PUT", "/api/roster/reps/{repId}", "admin")
            .allow("GET", "/api/roster/coaches/{coachId}", "coach", "admin")
            .allow("PUT", "/api/roster/coaches/{coachId}", "admin")
            .allow("DELETE", "/api/roster/coaches/{coachId}", "admin");

    @Test
    void everyEndpointHasAnEntry() {
        MATRIX.assertCoversEveryEndpoint();
    }

    @Test
    void everyEntryIsEnforced() {
        MATRIX.assertEnforced();
    }

    @Test
    void anotherRepsCallAndAnotherTeamsCallDoNotExist() {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = CallFixtures.unique("rep");
        String callId = CallFixtures.postAndAwaitGraded(
                CallFixtures.call(type, rep, "team-a", CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())));
        for (String path : new String[] {"", "/score", "/scores", "/transcript"}) {
            given().auth().oauth2(TestTokens.rep(rep, "team-a")).get("/api/calls/" + callId + path).then().statusCode(200);
            given().auth().oauth2(TestTokens.rep("someone-else", "team-a")).get("/api/calls/" + callId + path).then().statusCode(404);
            given().auth().oauth2(TestTokens.coach("coach-b", "team-b")).get("/api/calls/" + callId + path).then().statusCode(404);
            given().auth().oauth2(TestTokens.coach("coach-a", "team-a")).get("/api/calls/" + callId + path).then().statusCode(200);
        }
        given().auth().oauth2(TestTokens.rep("someone-else", "team-a")).contentType(ContentType.JSON)
                .body(Map.of("behaviourKey", "next-steps", "comment", "not my call"))
                .post("/api/calls/" + callId + "/disputes").then().statusCode(404);
        given().auth().oauth2(TestTokens.coach("coach-b", "team-b")).post("/api/calls/" + callId + "/reviews").then().statusCode(404);
    }
}
