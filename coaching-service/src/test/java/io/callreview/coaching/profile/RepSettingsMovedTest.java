package io.callreview.coaching.profile;

import io.callreview.coaching.Scenario;
import io.callreview.events.EventCodec;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.callreview.coaching.Api.awaitSettings;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The rep's schedule moved to notification-service: the old PUT points there, the GET shows coaching's copy. */
@QuarkusTest
class RepSettingsMovedTest {

    @Inject
    EventCodec codec;

    @Test
    void theOldPutAnswersGoneWithAPointerToThePreferencesOfNotificationService() {
        Scenario scenario = new Scenario(codec);
        String rep = scenario.newRep();
        given().auth().oauth2(TestTokens.rep(rep, scenario.teamId())).contentType(ContentType.JSON)
                .body(Map.of("timeZone", "Europe/Berlin", "workStart", "09:00", "workEnd", "17:00",
                        "workDays", List.of("MONDAY"), "dailyCap", 3))
                .when().put("/api/reps/" + rep + "/settings")
                .then().statusCode(410)
                .contentType("application/problem+json")
                .body("status", equalTo(410))
                .body("type", equalTo("https://callreview.io/problems/moved"))
                .body("detail", containsString("PUT /api/reps/" + rep + "/preferences on notification-service"));
        // whatever the body: nothing is read any more
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"timeZone\": ")
                .when().put("/api/reps/" + rep + "/settings")
                .then().statusCode(410)
                .body("detail", containsString("/preferences"));

        // nothing was stored: coaching still has the defaults for the rep
        given().auth().oauth2(TestTokens.rep(rep, scenario.teamId()))
                .when().get("/api/reps/" + rep + "/settings")
                .then().statusCode(200)
                .body("defaults", equalTo(true))
                .body("timeZone", equalTo("UTC"));
    }

    @Test
    void theGetShowsWhatNotificationServiceAnnounced() {
        Scenario scenario = new Scenario(codec);
        String rep = scenario.newRep();
        scenario.workingHours(rep, "Europe/Lisbon", "08:00", "16:30", Scenario.WEEKDAYS, 6);
        awaitSettings(rep, s -> "Europe/Lisbon".equals(s.getString("timeZone")));
        given().auth().oauth2(TestTokens.coach("coach-1", scenario.teamId()))
                .when().get("/api/reps/" + rep + "/settings")
                .then().statusCode(200)
                .body("defaults", equalTo(false))
                .body("dailyCap", equalTo(6))
                .body("workEnd", containsString("16:30"));
    }
}
