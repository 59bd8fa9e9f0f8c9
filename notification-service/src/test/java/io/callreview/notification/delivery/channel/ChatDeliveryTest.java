package io.callreview.notification.delivery.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.events.EventCodec;
import io.callreview.events.NudgeRequested;
import io.callreview.notification.ChatReceiver;
import io.callreview.notification.LoopbackChat;
import io.callreview.notification.NudgeFixtures;
import io.callreview.testsupport.AuditTrailContract;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.callreview.notification.Deliveries.awaitStatus;
import static io.callreview.notification.Deliveries.setPreferences;
import static io.callreview.notification.NudgeFixtures.newRep;
import static io.callreview.notification.NudgeFixtures.nudge;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@TestProfile(LoopbackChat.class)
class ChatDeliveryTest {

    static ChatReceiver receiver;

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new ChatReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void nudgeIsPostedAsBlockKitJson() throws Exception {
        String rep = chatRep();
        NudgeRequested requested = nudge(rep).title("Great discovery call with Acme")
                .body("You uncovered the budget early.\nOne focus: agree on next steps <before> you hang up & confirm.").build();

        NudgeFixtures.publish(codec, requested);

        Map<String, Object> delivery = awaitStatus(requested.nudgeId(), "CHAT", "SENT");
        assertThat(delivery.get("destination")).isEqualTo("127.0.0.1");
        List<String> bodies = receiver.bodies(rep);
        assertThat(bodies).hasSize(1);
        JsonNode message = mapper.readTree(bodies.get(0));
        assertThat(message.get("text").asText()).isEqualTo("Great discovery call with Acme");
        JsonNode blocks = message.get("blocks");
        assertThat(blocks.get(0).get("type").asText()).isEqualTo("header");
        assertThat(blocks.get(0).at("/text/text").asText()).isEqualTo("Great discovery call with Acme");
        assertThat(blocks.get(1).at("/text/type").asText()).isEqualTo("mrkdwn");
        assertThat(blocks.get(1).at("/text/text").asText())
                .isEqualTo("You uncovered the budget early.\nOne focus: agree on next steps &lt;before&gt; you hang up &amp; confirm.");
        assertThat(blocks.findValuesAsText("type")).contains("actions", "context");
        assertThat(blocks.findValuesAsText("url")).contains(
                "https://app.callreview.test/inbox/" + requested.nudgeId() + "?respond=SELF_ASSESSMENT&answer=YES",
                "https://app.callreview.test/calls/call-1?t=754000");
        JsonNode context = blocks.get(blocks.size() - 1);
        assertThat(context.get("type").asText()).isEqualTo("context");
        assertThat(context.at("/elements/0/text").asText()).startsWith("Why you are getting this: Next steps were missed");
    }

    @Test
    void endpointFailingTwiceSucceedsAfterBackoff() {
        String rep = chatRep();
        receiver.script(rep, 503, 500);
        NudgeRequested requested = nudge(rep).build();

        NudgeFixtures.publish(codec, requested);

        Map<String, Object> delivery = awaitStatus(requested.nudgeId(), "CHAT", "SENT");
        assertThat(delivery.get("attempts")).isEqualTo(3);
        assertThat(receiver.bodies(rep)).hasSize(3);
        List<Map<String, Object>> attempts = attemptLog(delivery);
        assertThat(attempts).extracting(a -> a.get("outcome")).containsExactly("FAILED", "FAILED", "SENT");
        assertThat(attempts.get(0).get("error")).asString().contains("webhook answered 503");
        assertThat(attempts.get(1).get("error")).asString().contains("webhook answered 500");
        // each failure scheduled a retry after itself, and the retry did not start before its time
        for (int i = 0; i < 2; i++) {
            Instant retryAt = Instant.parse((String) attempts.get(i).get("retryAt"));
            assertThat(retryAt).isAfter(Instant.parse((String) attempts.get(i).get("finishedAt")));
            assertThat(Instant.parse((String) attempts.get(i + 1).get("startedAt"))).isAfterOrEqualTo(retryAt);
        }
        assertThat(attempts.get(2).get("retryAt")).isNull();
    }

    @Test
    void endpointThatKeepsFailingEndsFailedAndAnAdminCanRetryIt() {
        String rep = chatRep();
        receiver.answerAlways(rep, 503);
        NudgeRequested requested = nudge(rep).build();

        NudgeFixtures.publish(codec, requested);

        Map<String, Object> failed = awaitStatus(requested.nudgeId(), "CHAT", "FAILED");
        assertThat(failed.get("reason")).isEqualTo("RETRIES_EXHAUSTED");
        assertThat(failed.get("attempts")).isEqualTo(3);
        assertThat(failed.get("lastError")).asString().contains("503");
        given().auth().oauth2(TestTokens.admin())
                .when().get("/api/deliveries/failed?size=200")
                .then().statusCode(200)
                .body("items.id", hasItem(failed.get("id")));

        receiver.answerAlways(rep, 200);
        given().auth().oauth2(TestTokens.admin())
                .when().post("/api/deliveries/" + failed.get("id") + "/retry")
                .then().statusCode(200)
                .body("[0].status", equalTo("PENDING"))
                .body("[0].reason", equalTo("ADMIN_RETRY"));
        JsonPath retried = AuditTrailContract.entries("delivery", String.valueOf(failed.get("id")));
        assertThat(retried.getList("items.action")).containsExactly("DELIVERY_RETRIED");
        assertThat(retried.getString("items[0].actorId")).isEqualTo("admin-1");
        assertThat(retried.getString("items[0].details.before")).isEqualTo("FAILED");
        assertThat(retried.getString("items[0].details.after")).isEqualTo("PENDING");
        assertThat(retried.getString("items[0].details.lastError")).contains("503");

        Map<String, Object> sent = awaitStatus(requested.nudgeId(), "CHAT", "SENT");
        assertThat(attemptLog(sent)).extracting(a -> a.get("outcome")).containsExactly("FAILED", "FAILED", "FAILED", "SENT");
        given().auth().oauth2(TestTokens.admin())
                .when().post("/api/deliveries/" + failed.get("id") + "/retry")
                .then().statusCode(409);
    }

    @Test
    void revokedWebhookFailsAtOnceWithoutRetries() {
        String rep = chatRep();
        receiver.answerAlways(rep, 404);
        NudgeRequested requested = nudge(rep).build();

        NudgeFixtures.publish(codec, requested);

        Map<String, Object> failed = awaitStatus(requested.nudgeId(), "CHAT", "FAILED");
        assertThat(failed.get("reason")).isEqualTo("PERMANENT_ERROR");
        assertThat(failed.get("attempts")).isEqualTo(1);
        assertThat(receiver.bodies(rep)).hasSize(1);
    }

    @Test
    void repReadsOnlyTheStatusCodeAndAdminsTheReceiversAnswer() {
        String rep = chatRep();
        receiver.answerAlways(rep, 404);
        NudgeRequested requested = nudge(rep).teamId("team-a").build();

        NudgeFixtures.publish(codec, requested);

        Map<String, Object> failed = awaitStatus(requested.nudgeId(), "CHAT", "FAILED");
        Map<String, Object> forRep = given().auth().oauth2(TestTokens.rep(rep, "team-a"))
                .when().get("/api/nudges/" + requested.nudgeId() + "/deliveries")
                .then().statusCode(200).extract().jsonPath().getMap("deliveries.find { it.channel == 'CHAT' }");
        assertThat(forRep.get("lastError")).isEqualTo("webhook answered 404");
        assertThat(forRep.get("errorDetail")).isNull();
        assertThat(attemptLog(forRep)).extracting(a -> a.get("error")).containsExactly("webhook answered 404");

        List<Map<String, Object>> items = given().auth().oauth2(TestTokens.admin())
                .when().get("/api/deliveries/failed?size=200")
                .then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> forAdmin = items.stream().filter(i -> i.get("id").equals(failed.get("id"))).findFirst().orElseThrow();
        assertThat(forAdmin.get("errorDetail")).isEqualTo("webhook answered 404: error 404");
    }

    @Test
    void onlyAdminsSeeAndRetryFailedDeliveries() {
        given().auth().oauth2(TestTokens.coach("coach-1", "team-a")).when().get("/api/deliveries/failed")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.rep("rep-x", "team-a")).when().post("/api/deliveries/1/retry")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).when().post("/api/deliveries/999999999/retry")
                .then().statusCode(404);
    }

    @Test
    void deliveryLogIsVisibleToTheRepAndTheirCoachOnly() {
        String rep = chatRep();
        NudgeRequested requested = nudge(rep).teamId("team-log").build();
        NudgeFixtures.publish(codec, requested);
        awaitStatus(requested.nudgeId(), "CHAT", "SENT");

        given().auth().oauth2(TestTokens.rep(rep, "team-log")).when().get("/api/nudges/" + requested.nudgeId() + "/deliveries")
                .then().statusCode(200).body("deliveries.channel", hasItem("INBOX"));
        given().auth().oauth2(TestTokens.coach("coach-2", "team-log")).when().get("/api/nudges/" + requested.nudgeId() + "/deliveries")
                .then().statusCode(200).body("repId", equalTo(rep));
        given().auth().oauth2(TestTokens.coach("coach-3", "team-other")).when().get("/api/nudges/" + requested.nudgeId() + "/deliveries")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.rep(newRep(), "team-log")).when().get("/api/nudges/" + requested.nudgeId() + "/deliveries")
                .then().statusCode(404);
    }

    private static String chatRep() {
        String rep = newRep();
        setPreferences(rep, Map.of("channels", Map.of("chat", true), "chatWebhookUrl", receiver.urlFor(rep), "quietHours", ""));
        return rep;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> attemptLog(Map<String, Object> delivery) {
        return (List<Map<String, Object>>) delivery.get("attemptLog");
    }
}
