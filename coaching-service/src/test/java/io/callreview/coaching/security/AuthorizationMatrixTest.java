package io.callreview.coaching.security;

import io.callreview.testsupport.AuthorizationMatrix;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/** Who may call what in coaching-service. A new endpoint without a line here fails the build. */
@QuarkusTest
class AuthorizationMatrixTest {

    static final AuthorizationMatrix MATRIX = new AuthorizationMatrix()
            .sample("repId", "matrix-rep")
            .sample("teamId", "matrix-team")
            .sample("id", "999999999")
            .allow("GET", "/api/reps/{repId}/profile", "admin", "coach", "rep")
            .allow("GET", "/api/reps/{repId}/schedule", "admin", "coach", "rep")
            .allow("GET", "/api/reps/{repId}/settings", "admin", "coach", "rep")
            .allow("PUT", "/api/reps/{repId}/settings", "admin", "coach", "rep")
            .allow("PUT", "/api/reps/{repId}/sharing", "admin", "rep")
            .allow("GET", "/api/reps/{repId}/training", "admin", "coach", "rep")
            .allow("GET", "/api/training/{id}", "admin", "coach", "rep")
            .allow("POST", "/api/training/{id}/done", "admin", "rep")
            .allow("GET", "/api/reps/{repId}/mentoring", "admin", "coach", "rep")
            .allow("POST", "/api/mentoring/{id}/met", "admin", "rep")
            .allow("GET", "/api/teams/{teamId}/profile", "admin", "coach")
            .allow("GET", "/api/plans", "admin", "coach", "rep")
            .allow("POST", "/api/plans", "admin", "coach")
            .allow("GET", "/api/plans/{id}", "admin", "coach", "rep")
            .allow("PUT", "/api/plans/{id}", "admin", "coach")
            .allow("GET", "/api/audit", "admin")
            .allow("GET", "/api/audit/verification", "admin");

    @Test
    void everyEndpointHasAnEntry() {
        MATRIX.assertCoversEveryEndpoint();
    }

    @Test
    void everyEntryIsEnforced() {
        MATRIX.assertEnforced();
    }

    @Test
    void repsAndCoachesCannotReachBeyondThemselvesAndTheirTeams() {
        String repA = TestTokens.rep("rep-a", "team-x");
        given().auth().oauth2(repA).get("/api/reps/rep-b/profile").then().statusCode(404);
        given().auth().oauth2(repA).get("/api/reps/rep-b/schedule").then().statusCode(404);
        given().auth().oauth2(repA).get("/api/reps/rep-a/profile").then().statusCode(200);
        given().auth().oauth2(repA).contentType("application/json").body("{\"shareMoments\": false}")
                .put("/api/reps/rep-b/sharing").then().statusCode(404);
        String coachOfX = TestTokens.coach("coach-x", "team-x");
        given().auth().oauth2(coachOfX).get("/api/teams/team-y/profile").then().statusCode(404);
        given().auth().oauth2(coachOfX).get("/api/teams/team-x/profile").then().statusCode(200);
    }
}
