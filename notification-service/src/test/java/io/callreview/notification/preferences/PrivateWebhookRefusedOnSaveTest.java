package io.callreview.notification.preferences;

import io.callreview.notification.LoopbackTrap;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.callreview.notification.NudgeFixtures.newRep;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** With the production defaults, a rep cannot store a webhook that aims the service at its host or internal network. */
@QuarkusTest
class PrivateWebhookRefusedOnSaveTest {

    static LoopbackTrap trap;

    @BeforeAll
    static void startTrap() throws Exception {
        trap = new LoopbackTrap();
    }

    @AfterAll
    static void stopTrap() throws Exception {
        trap.close();
    }

    @Test
    void loopbackPrivateAndMetadataWebhooksAreRefusedAndNeverCalled() {
        int port = trap.port();
        Map<String, String> refusals = Map.of(
                "http://127.0.0.1:" + port + "/hooks/a", "must use https",
                "https://127.0.0.1:" + port + "/hooks/a", "not a public address",
                "https://[::1]:" + port + "/hooks/a", "not a public address",
                "https://[::ffff:127.0.0.1]:" + port + "/hooks/a", "not a public address",
                "https://localhost:" + port + "/hooks/a", "not an allowed chat host",
                "https://169.254.169.254/latest/meta-data/", "not a public address",
                "https://10.0.0.5/hooks/a", "not a public address",
                "https://[fd00:ec2::254]/latest/meta-data/", "not a public address",
                "https://internal.example.com/hooks/a", "not an allowed chat host");
        refusals.forEach((url, reason) -> {
            String rep = newRep();
            given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                    .body(Map.of("channels", Map.of("chat", true), "chatWebhookUrl", url))
                    .when().put("/api/reps/" + rep + "/preferences")
                    .then().statusCode(400)
                    .body("errors.field", hasItem("chatWebhookUrl"))
                    .body("detail", containsString(reason));
            given().auth().oauth2(TestTokens.rep(rep, "team-a")).when().get("/api/reps/" + rep + "/preferences")
                    .then().statusCode(200).body("customized", equalTo(false));
        });
        assertThat(trap.connections()).as("connections to the server on 127.0.0.1").isZero();
    }

    @Test
    void knownChatProvidersAreAccepted() {
        for (String url : List.of("https://hooks.slack.com/services/T000/B000/XXXX", "https://contoso.webhook.office.com/webhookb2/x",
                "https://chat.googleapis.com/v1/spaces/AAA/messages?key=k")) {
            String rep = newRep();
            given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                    .body(Map.of("channels", Map.of("chat", true), "chatWebhookUrl", url))
                    .when().put("/api/reps/" + rep + "/preferences")
                    .then().statusCode(200);
        }
    }
}
