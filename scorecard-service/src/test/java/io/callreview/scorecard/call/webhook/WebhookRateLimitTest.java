package io.callreview.scorecard.call.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.scorecard.fixtures.CallFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

/**
 * Forged webhook requests cannot stop ingestion: the signature is verified first, bad signatures count against the
 * address they come from (behind a trusted proxy, its X-Forwarded-For entry), and only verified requests spend the
 * source's budget. Three of each here, through the same configuration keys operators use.
 */
@QuarkusTest
@TestProfile(WebhookRateLimitTest.ThreeOfEach.class)
class WebhookRateLimitTest {

    private static final String REAL_SENDER = "198.51.100.10";
    private static final String FORGER = "203.0.113.66";

    public static class ThreeOfEach implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String key = "quarkus.fault-tolerance.\"io.callreview.scorecard.call.webhook.WebhookBudget/signed\".rate-limit.";
            return Map.of(key + "value", "3", key + "window", "1", key + "window-unit", "hours",
                    "callreview.webhooks.failed-signatures-per-minute", "3",
                    "callreview.webhooks.trusted-proxies", "127.0.0.1,::1");
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void forgeriesAreCutOffByAddressWhileTheRealSenderKeepsItsBudget() throws Exception {
        String type = CallFixtures.publishedDiscoveryType();
        for (int i = 0; i < 3; i++) {
            // the forger varies what it writes into X-Forwarded-For; only the proxy's own entry counts
            forged("10.0.0." + i + ", " + FORGER).statusCode(401);
        }
        int retryAfter = Integer.parseInt(forged("10.9.9.9, " + FORGER)
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://callreview.io/problems/rate-limited"))
                .extract().header("Retry-After"));
        org.hamcrest.MatcherAssert.assertThat(retryAfter, greaterThan(0));

        for (int i = 0; i < 3; i++) {
            real(type).statusCode(200).body("events[0].outcome", equalTo("CREATED"));
        }
        real(type).statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        given().contentType("application/json").body("{}").when().post("/api/webhooks/hubspot").then().statusCode(401);
    }

    private ValidatableResponse forged(String forwardedFor) {
        return given().contentType("application/json").header("X-Forwarded-For", forwardedFor)
                .header("X-Signature-Timestamp", String.valueOf(Instant.now().getEpochSecond()))
                .header("X-Signature", "00".repeat(32)).body("{}")
                .when().post("/api/webhooks/signed").then();
    }

    private ValidatableResponse real(String type) throws Exception {
        String body = mapper.writeValueAsString(CallFixtures.call(type, CallFixtures.unique("rep"), "team-a",
                CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())));
        long now = Instant.now().getEpochSecond();
        return given().contentType("application/json").header("X-Forwarded-For", REAL_SENDER)
                .header("X-Signature-Timestamp", String.valueOf(now)).header("X-Signature", Signing.generic(body, now))
                .body(body).when().post("/api/webhooks/signed").then();
    }
}
