package io.callreview.notification.delivery.channel;

import io.callreview.events.EventCodec;
import io.callreview.events.NudgeRequested;
import io.callreview.notification.LoopbackTrap;
import io.callreview.notification.NudgeFixtures;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
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

/**
 * The production rules at send time: a host the configuration allows, which resolves to a loopback address when the
 * nudge goes out (here "localhost", as a rebound DNS name would), is refused after the lookup and never called.
 */
@QuarkusTest
@TestProfile(PrivateWebhookRefusedOnSendTest.LocalhostAllowedByName.class)
class PrivateWebhookRefusedOnSendTest {

    public static class LocalhostAllowedByName implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("notification.chat.allowed-hosts", "hooks.slack.com,localhost",
                    "notification.chat.allow-insecure-localhost", "false");
        }
    }

    static LoopbackTrap trap;

    @Inject
    EventCodec codec;

    @BeforeAll
    static void startTrap() throws Exception {
        trap = new LoopbackTrap();
    }

    @AfterAll
    static void stopTrap() throws Exception {
        trap.close();
    }

    @Test
    void hostResolvingToLoopbackIsRefusedAtSendTime() {
        String rep = newRep();
        setPreferences(rep, Map.of("channels", Map.of("chat", true), "quietHours", "",
                "chatWebhookUrl", "https://localhost:" + trap.port() + "/hooks/" + rep));
        NudgeRequested requested = nudge(rep).teamId("team-a").build();

        NudgeFixtures.publish(codec, requested);

        Map<String, Object> failed = awaitStatus(requested.nudgeId(), "CHAT", "FAILED");
        assertThat(trap.connections()).as("connections to the server on 127.0.0.1").isZero();
        assertThat(failed.get("reason")).isEqualTo("PERMANENT_ERROR");
        assertThat(failed.get("attempts")).isEqualTo(1);
        assertThat(failed.get("lastError")).isEqualTo("webhook address not allowed");

        List<Map<String, Object>> items = given().auth().oauth2(TestTokens.admin())
                .when().get("/api/deliveries/failed?size=200")
                .then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> forAdmin = items.stream().filter(i -> i.get("id").equals(failed.get("id"))).findFirst().orElseThrow();
        assertThat(forAdmin.get("errorDetail")).asString().contains("localhost resolves to").contains("not a public address");
    }
}
