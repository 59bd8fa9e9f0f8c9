package io.callreview.scorecard.call.webhook;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

/**
 * The generic signed webhook limited to three requests an hour, through the same configuration key operators use.
 * Unsigned requests count too: the limit is checked before the signature, so a flood of forgeries is cut off cheaply.
 */
@QuarkusTest
@TestProfile(WebhookRateLimitTest.ThreeAnHour.class)
class WebhookRateLimitTest {

    public static class ThreeAnHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String key = "quarkus.fault-tolerance.\"io.callreview.scorecard.call.webhook.SignedWebhookResource/signed\".rate-limit.";
            return Map.of(key + "value", "3", key + "window", "1", key + "window-unit", "hours");
        }
    }

    @Test
    void aSourceOverItsLimitGets429WithRetryAfterWhileOtherSourcesGoOn() {
        for (int i = 0; i < 3; i++) {
            given().contentType("application/json").body("{}").when().post("/api/webhooks/signed").then().statusCode(401);
        }
        int retryAfter = Integer.parseInt(given().contentType("application/json").body("{}").when().post("/api/webhooks/signed")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("type", equalTo("https://callreview.io/problems/rate-limited"))
                .extract().header("Retry-After"));
        org.hamcrest.MatcherAssert.assertThat(retryAfter, greaterThan(0));

        given().contentType("application/json").body("{}").when().post("/api/webhooks/hubspot").then().statusCode(401);
        given().contentType("application/json").body("{}").when().post("/api/webhooks/zoom").then().statusCode(401);
    }
}
