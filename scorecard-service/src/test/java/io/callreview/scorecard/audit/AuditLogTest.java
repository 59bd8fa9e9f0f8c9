package io.callreview.scorecard.audit;

import io.callreview.platform.audit.AuditEntry;
import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.scorecard.fixtures.ScorecardFixtures;
import io.callreview.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class AuditLogTest {

    @Test
    void changesToCallTypesScorecardsAndSourcesAreLoggedWithBeforeAndAfter() {
        String type = ScorecardFixtures.newCallType();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Renamed", "description", "after"))
                .when().put("/api/call-types/" + type).then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(ScorecardFixtures.scorecard(2))
                .when().post("/api/call-types/" + type + "/scorecards").then().statusCode(201);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(ScorecardFixtures.scorecard(3))
                .when().put("/api/call-types/" + type + "/scorecards/1").then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).when().post("/api/call-types/" + type + "/scorecards/1/publish").then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).when().post("/api/call-types/" + type + "/scorecards/1/retire?refuseNewCalls=true").then().statusCode(200);

        given().auth().oauth2(TestTokens.admin()).queryParam("entity", "call-type").queryParam("entityId", type)
                .when().get("/api/audit")
                .then().statusCode(200)
                .body("items.action", equalTo(List.of("CALL_TYPE_UPDATED", "CALL_TYPE_CREATED")))
                .body("items[0].actorId", equalTo("admin-1"))
                .body("items[0].actorRoles", equalTo(List.of("admin")))
                .body("items[0].details.before.name", equalTo("Type " + type))
                .body("items[0].details.after.name", equalTo("Renamed"));
        given().auth().oauth2(TestTokens.admin()).queryParam("entity", "scorecard").queryParam("entityId", type + "/v1")
                .when().get("/api/audit")
                .then().statusCode(200)
                .body("items.action", equalTo(List.of("SCORECARD_RETIRED", "SCORECARD_PUBLISHED", "SCORECARD_UPDATED", "SCORECARD_DRAFTED")))
                .body("items[2].details.added", equalTo(List.of("behaviour-3")))
                .body("items[1].details.supersededVersion", equalTo(null))
                .body("items[0].details.before", equalTo("PUBLISHED"));

        String owner = CallFixtures.unique("owner");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("repId", "rep-1", "teamId", "team-1"))
                .when().put("/api/integrations/hubspot/identities/" + owner).then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("repId", "rep-2", "teamId", "team-1"))
                .when().put("/api/integrations/hubspot/identities/" + owner).then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).queryParam("entity", "source").queryParam("entityId", "hubspot/" + owner)
                .queryParam("action", "SOURCE_IDENTITY_SET")
                .when().get("/api/audit")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].details.before.repId", equalTo("rep-1"))
                .body("items[0].details.after.repId", equalTo("rep-2"));
    }

    @Test
    void theLogIsReadOnlyForAdminsAndEntriesCannotBeChanged() {
        String type = ScorecardFixtures.newCallType();
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/audit'.keySet()", equalTo(java.util.Set.of("get")));
        given().auth().oauth2(TestTokens.coach("coach-ana", "team-a")).when().get("/api/audit").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).queryParam("since", "last week").when().get("/api/audit")
                .then().statusCode(400).body("errors[0].field", equalTo("since"));

        // The entity is immutable: a change made through the ORM never reaches the table.
        Long id = QuarkusTransaction.requiringNew().call(() -> {
            AuditEntry entry = AuditEntry.<AuditEntry>find("entityType = ?1 AND entityId = ?2", "call-type", type).firstResult();
            entry.action = AuditAction.CALL_TYPE_DELETED.name();
            entry.actorId = "someone-else";
            return entry.id;
        });
        AuditEntry stored = QuarkusTransaction.requiringNew().call(() -> AuditEntry.findById(id));
        assertThat(stored.action).isEqualTo(AuditAction.CALL_TYPE_CREATED.name());
        assertThat(stored.actorId).isEqualTo("admin-1");
    }
}
