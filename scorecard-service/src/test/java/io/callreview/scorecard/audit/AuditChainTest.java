package io.callreview.scorecard.audit;

import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.scorecard.fixtures.ReviewFixtures;
import io.callreview.testsupport.AuditTrailContract;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log is append-only in the database and tamper-evident: each entry's hash covers its fields and the entry
 * before it, and the verification endpoint names the first entry a privileged user changed behind the service's back.
 */
@QuarkusTest
class AuditChainTest extends AuditTrailContract {

    @Override
    protected void changeSomething() {
        CallFixtures.publishedDiscoveryType();
    }

    @Test
    void ingestionIsAuditedAndTheChainVerifies() {
        String type = CallFixtures.publishedDiscoveryType();
        String callId = CallFixtures.postAndAwaitGraded(CallFixtures.call(type, CallFixtures.unique("rep"), "team-a",
                CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())));
        assertThat(ReviewFixtures.auditActions(callId)).contains("CALL_RECEIVED");

        JsonPath verification = verification();
        assertThat(verification.getBoolean("intact")).isTrue();
        assertThat(verification.getLong("verified")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aCallOfAnotherTeamIsHiddenAndTheRefusalRecorded() {
        String type = CallFixtures.publishedDiscoveryType();
        String callId = CallFixtures.postAndAwaitGraded(CallFixtures.call(type, CallFixtures.unique("rep"), "team-a",
                CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())));
        String outsider = CallFixtures.unique("coach");
        given().auth().oauth2(TestTokens.coach(outsider, "team-elsewhere")).when().get("/api/calls/" + callId)
                .then().statusCode(404);

        JsonPath denied = given().auth().oauth2(TestTokens.admin()).queryParam("action", "ACCESS_DENIED")
                .queryParam("actor", outsider).when().get("/api/audit").then().statusCode(200).extract().jsonPath();
        assertThat(denied.getString("items[0].entityId")).isEqualTo("GET /api/calls/" + callId);
        assertThat(denied.getInt("items[0].details.status")).isEqualTo(404);
        assertThat(denied.getString("items[0].details.reason")).isEqualTo("neither the caller's own nor of the caller's teams");
    }
}
