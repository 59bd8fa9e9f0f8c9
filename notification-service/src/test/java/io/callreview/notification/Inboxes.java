package io.callreview.notification;

import io.callreview.testsupport.TestTokens;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reads a rep's inbox through the API, as the app would. */
public final class Inboxes {

    private Inboxes() {
    }

    public static JsonPath inbox(String repId) {
        return given().auth().oauth2(TestTokens.rep(repId, "team-a"))
                .when().get("/api/reps/" + repId + "/inbox?size=100")
                .then().statusCode(200)
                .extract().jsonPath();
    }

    public static List<String> nudgeIds(String repId) {
        return inbox(repId).getList("items.nudgeId");
    }

    /** Waits until the nudge is in the rep's inbox (the consumer has processed it). */
    public static void awaitInInbox(String repId, String nudgeId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(nudgeIds(repId)).contains(nudgeId));
    }
}
