package io.callreview.scorecard.calltype;

import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.callreview.scorecard.fixtures.ScorecardFixtures.newCallType;
import static io.callreview.scorecard.fixtures.ScorecardFixtures.scorecard;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class CallTypeResourceTest {

    @Test
    void createsReadsUpdatesAndDeletes() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("key", "renewal-crud", "name", "Renewal", "description", "Contract renewal"))
                .when().post("/api/call-types")
                .then().statusCode(201)
                .header("Location", containsString("/api/call-types/renewal-crud"))
                .body("key", equalTo("renewal-crud"))
                .body("publishedScorecardVersion", nullValue());

        given().auth().oauth2(TestTokens.rep("rep-1", "team-a"))
                .when().get("/api/call-types")
                .then().statusCode(200)
                .body("key", hasItem("renewal-crud"));

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Renewal call", "description", "Renew before expiry"))
                .when().put("/api/call-types/renewal-crud")
                .then().statusCode(200)
                .body("name", equalTo("Renewal call"));

        given().auth().oauth2(TestTokens.coach("coach-1", "team-a"))
                .when().get("/api/call-types/renewal-crud")
                .then().statusCode(200)
                .body("description", equalTo("Renew before expiry"));

        given().auth().oauth2(TestTokens.admin())
                .when().delete("/api/call-types/renewal-crud")
                .then().statusCode(204);

        given().auth().oauth2(TestTokens.admin())
                .when().get("/api/call-types/renewal-crud")
                .then().statusCode(404);
    }

    @Test
    void duplicateKeyIsAConflictOnTheKeyField() {
        String key = newCallType();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("key", key, "name", "Again"))
                .when().post("/api/call-types")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("errors[0].field", equalTo("key"));
    }

    @Test
    void invalidFieldsAreNamed() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("key", "Not A Key!", "name", ""))
                .when().post("/api/call-types")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("key"))
                .body("errors.field", hasItem("name"));
    }

    @Test
    void aMisspeltFieldIsNamedWithTheOneItMostLikelyMeansAndNothingIsCreated() {
        String key = "typo-" + Long.toString(System.nanoTime(), 36);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("key", key, "nmae", "Inbound lead"))
                .when().post("/api/call-types")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("nmae"))
                .body("errors[0].message", equalTo("is not a known field; did you mean name?"));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/call-types/" + key).then().statusCode(404);
    }

    @Test
    void malformedJsonIsAProblem() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"key\": \"broken\", ")
                .when().post("/api/call-types")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"))
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", startsWith("is not valid JSON"));
    }

    @Test
    void unknownCallTypeIs404Problem() {
        given().auth().oauth2(TestTokens.admin())
                .when().get("/api/call-types/no-such-type")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no-such-type"));
    }

    @Test
    void callTypeWithPublishedScorecardCannotBeDeleted() {
        String key = newCallType();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(scorecard(2))
                .post("/api/call-types/" + key + "/scorecards").then().statusCode(201);
        given().auth().oauth2(TestTokens.admin())
                .post("/api/call-types/" + key + "/scorecards/1/publish").then().statusCode(200);

        given().auth().oauth2(TestTokens.admin())
                .when().delete("/api/call-types/" + key)
                .then().statusCode(409)
                .body("detail", containsString("retire"));

        given().auth().oauth2(TestTokens.admin())
                .when().get("/api/call-types/" + key)
                .then().statusCode(200)
                .body("publishedScorecardVersion", equalTo(1));
    }

    @Test
    void onlyAdminsChangeCallTypes() {
        given().auth().oauth2(TestTokens.coach("coach-1", "team-a")).contentType(ContentType.JSON)
                .body(Map.of("key", "sneaky", "name", "Sneaky"))
                .when().post("/api/call-types")
                .then().statusCode(403)
                .contentType("application/problem+json");

        given().contentType(ContentType.JSON)
                .when().get("/api/call-types")
                .then().statusCode(401)
                .contentType("application/problem+json");

        given().auth().oauth2(TestTokens.signedByStranger("admin-1", "admin"))
                .when().get("/api/call-types")
                .then().statusCode(401);
    }
}
