package io.callreview.notification;

import io.callreview.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The delivery log and preferences through the API, as an admin would use them. */
public final class Deliveries {

    private Deliveries() {
    }

    public static JsonPath log(String nudgeId) {
        return given().auth().oauth2(TestTokens.admin())
                .when().get("/api/nudges/" + nudgeId + "/deliveries")
                .then().statusCode(200)
                .extract().jsonPath();
    }

    /** The delivery of a nudge on a channel, as a JsonPath rooted at it. */
    public static Map<String, Object> delivery(String nudgeId, String channel) {
        return log(nudgeId).getMap("deliveries.find { it.channel == '" + channel + "' }");
    }

    public static Map<String, Object> awaitStatus(String nudgeId, String channel, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> delivery = delivery(nudgeId, channel);
            assertThat(delivery).as("%s delivery of %s", channel, nudgeId).isNotNull();
            assertThat(delivery.get("status")).as("status of the %s delivery of %s", channel, nudgeId).isEqualTo(status);
        });
        return delivery(nudgeId, channel);
    }

    /** Waits until the consumer has created the nudge's deliveries. */
    public static JsonPath awaitLog(String nudgeId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.admin())
                .when().get("/api/nudges/" + nudgeId + "/deliveries").statusCode() == 200);
        return log(nudgeId);
    }

    public static void setPreferences(String repId, Map<String, Object> preferences) {
        given().auth().oauth2(TestTokens.rep(repId, "team-a")).contentType(ContentType.JSON).body(preferences)
                .when().put("/api/reps/" + repId + "/preferences")
                .then().statusCode(200);
    }
}
