package io.callreview.notification.security;

import io.callreview.testsupport.AuthorizationMatrix;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/** Who may call what in notification-service. A new endpoint without a line here fails the build. */
@QuarkusTest
class AuthorizationMatrixTest {

    static final AuthorizationMatrix MATRIX = new AuthorizationMatrix()
            .sample("repId", "matrix-rep")
            .sample("nudgeId", "00000000-0000-0000-0000-000000000000")
            .sample("id", "999999999")
            .allow("GET", "/api/reps/{repId}/preferences", "rep", "admin")
            .allow("PUT", "/api/reps/{repId}/preferences", "rep", "admin")
            .allow("GET", "/api/reps/{repId}/inbox", "rep", "admin")
            .allow("GET", "/api/reps/{repId}/inbox/unread-count", "rep", "admin")
            .allow("GET", "/api/reps/{repId}/inbox/{nudgeId}", "rep", "admin")
            .allow("POST", "/api/reps/{repId}/inbox/{nudgeId}/read", "rep")
            .allow("POST", "/api/reps/{repId}/inbox/read-all", "rep")
            .allow("POST", "/api/reps/{repId}/inbox/{nudgeId}/response", "rep")
            .allow("GET", "/api/nudges/{nudgeId}/deliveries", "rep", "coach", "admin")
            .allow("GET", "/api/deliveries/failed", "admin")
            .allow("POST", "/api/deliveries/{id}/retry", "admin")
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
    void aRepCannotReachAnotherRepsInboxOrPreferences() {
        String repA = TestTokens.rep("rep-a", "team-x");
        given().auth().oauth2(repA).get("/api/reps/rep-b/inbox").then().statusCode(404);
        given().auth().oauth2(repA).get("/api/reps/rep-b/inbox/unread-count").then().statusCode(404);
        given().auth().oauth2(repA).get("/api/reps/rep-b/preferences").then().statusCode(404);
        given().auth().oauth2(repA).post("/api/reps/rep-b/inbox/read-all").then().statusCode(404);
        given().auth().oauth2(repA).get("/api/reps/rep-a/inbox").then().statusCode(200);
    }
}
