package io.callreview.coaching.audit;

import io.callreview.coaching.Scenario;
import io.callreview.events.EventCodec;
import io.callreview.testsupport.AuditTrailContract;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.callreview.coaching.Api.awaitProfile;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** coaching-service's audit log: plans, sharing consent, mentoring and training, and refusals, hash-chained. */
@QuarkusTest
class AuditTrailTest extends AuditTrailContract {

    @Inject
    EventCodec codec;

    @Override
    protected void changeSomething() {
        String rep = Scenario.unique("rep");
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON).body(Map.of("shareMoments", false))
                .when().put("/api/reps/" + rep + "/sharing").then().statusCode(200);
    }

    @Test
    void aPlanIsRecordedWhenCreatedAndWhenItEndsWithBeforeAndAfter() {
        Scenario scenario = new Scenario(codec);
        String rep = scenario.newRep();
        scenario.send(scenario.call(rep, Instant.now().minus(Duration.ofDays(1))).met("next-steps"));
        awaitProfile(rep, p -> p.getInt("scoredCalls") == 1);
        String coachId = "coach-" + scenario.teamId();
        String coach = TestTokens.coach(coachId, scenario.teamId());
        String planId = given().auth().oauth2(coach).contentType(ContentType.JSON)
                .body(Map.of("repId", rep, "focusBehaviours", List.of("next-steps"), "targetAdherence", 0.8,
                        "reviewDate", "2030-06-30", "solution", "Offer two dates as a question."))
                .when().post("/api/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(coach).contentType(ContentType.JSON)
                .body(Map.of("focusBehaviours", List.of("next-steps"), "targetAdherence", 0.9, "reviewDate", "2030-06-30",
                        "solution", "Offer two dates as a question.", "status", "COMPLETED", "version", 0))
                .when().put("/api/plans/" + planId).then().statusCode(200);

        JsonPath entries = entries("plan", planId);
        assertThat(entries.getList("items.action")).containsExactly("PLAN_COMPLETED", "PLAN_CREATED");
        assertThat(entries.getList("items.actorId")).containsOnly(coachId);
        assertThat(entries.getString("items[1].details.after.solution")).isEqualTo("Offer two dates as a question.");
        assertThat(entries.getString("items[0].details.before.status")).isEqualTo("ACTIVE");
        assertThat(entries.getString("items[0].details.after.status")).isEqualTo("COMPLETED");
        assertThat(entries.getDouble("items[0].details.before.targetAdherence")).isEqualTo(0.8);
        assertThat(entries.getDouble("items[0].details.after.targetAdherence")).isEqualTo(0.9);
        assertThat(verification().getBoolean("intact")).isTrue();
    }

    @Test
    void sharingIsTheRepsToChangeAndAnotherRepsAttemptIsRecorded() {
        String rep = Scenario.unique("rep");
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON).body(Map.of("shareMoments", false))
                .when().put("/api/reps/" + rep + "/sharing").then().statusCode(200);
        String other = Scenario.unique("rep");
        given().auth().oauth2(TestTokens.rep(other, "team-a")).contentType(ContentType.JSON).body(Map.of("shareMoments", true))
                .when().put("/api/reps/" + rep + "/sharing").then().statusCode(404);

        JsonPath changes = entries("rep-sharing", rep);
        assertThat(changes.getList("items.action")).containsExactly("SHARING_CHANGED");
        assertThat(changes.getBoolean("items[0].details.before.shareMoments")).isTrue();
        assertThat(changes.getBoolean("items[0].details.after.shareMoments")).isFalse();
        JsonPath denied = given().auth().oauth2(TestTokens.admin()).queryParam("action", "ACCESS_DENIED").queryParam("actor", other)
                .when().get("/api/audit").then().statusCode(200).extract().jsonPath();
        assertThat(denied.getString("items[0].entityId")).isEqualTo("PUT /api/reps/" + rep + "/sharing");
        assertThat(denied.getInt("items[0].details.status")).isEqualTo(404);
        assertThat(denied.getString("items[0].details.reason")).contains("only the rep or an admin");
    }
}
