package io.callreview.notification.delivery;

import io.callreview.events.EventCodec;
import io.callreview.events.NudgeRequested;
import io.callreview.notification.ChatReceiver;
import io.callreview.notification.Deliveries;
import io.callreview.notification.LoopbackChat;
import io.callreview.notification.NudgeFixtures;
import io.callreview.testsupport.MutableClock;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.callreview.notification.Deliveries.awaitStatus;
import static io.callreview.notification.Deliveries.setPreferences;
import static io.callreview.notification.NudgeFixtures.newRep;
import static io.callreview.notification.NudgeFixtures.nudge;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dispatcher that dies after recording its attempt and before recording the outcome must not cause a second,
 * blind send: the delivery ends FAILED (in doubt) once its lease is over, for an admin to decide. One that dies
 * after claiming a delivery but before attempting it leaves nothing in doubt: the delivery is sent once, later.
 */
@QuarkusTest
@TestProfile(LoopbackChat.class)
class InDoubtDeliveryTest {

    static ChatReceiver receiver;

    @Inject
    MutableClock clock;

    @Inject
    EventCodec codec;

    @Inject
    DeliveryClaims claims;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new ChatReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void deliveryLeftInFlightByACrashIsFailedInDoubtNotResent() {
        String rep = newRep();
        setPreferences(rep, Map.of("channels", Map.of("chat", true), "chatWebhookUrl", receiver.urlFor(rep),
                "timeZone", "UTC", "quietHours", "00:00-12:00"));
        Instant night = Instant.parse("2032-05-01T03:00:00Z");
        clock.set(night);
        NudgeRequested requested = nudge(rep).build();
        NudgeFixtures.publish(codec, requested);
        awaitStatus(requested.nudgeId(), "CHAT", "DEFERRED");

        // an instance claims the delivery at noon (lease taken), records its attempt, and dies before recording the outcome
        Instant noon = Instant.parse("2032-05-01T12:00:00Z");
        SendJob job = claimFor(rep, noon);
        claims.startAttempt(job, noon);
        clock.set(noon);
        assertThat(Deliveries.delivery(requested.nudgeId(), "CHAT").get("status")).isEqualTo("SENDING");

        // the lease (10 minutes) runs out: the surviving dispatcher declares it in doubt instead of sending again
        clock.set(noon.plus(Duration.ofMinutes(11)));
        Map<String, Object> inDoubt = awaitStatus(requested.nudgeId(), "CHAT", "FAILED");
        assertThat(inDoubt.get("reason")).isEqualTo("IN_DOUBT");
        assertThat(inDoubt.get("lastError")).asString().contains("may already have it");
        assertThat(inDoubt.get("attemptLog")).asList().singleElement().asString().contains("outcome=IN_DOUBT");
        assertThat(receiver.bodies(rep)).isEmpty();

        // an admin who checked with the rep sends it again
        given().auth().oauth2(TestTokens.admin())
                .when().post("/api/deliveries/" + inDoubt.get("id") + "/retry")
                .then().statusCode(200);
        awaitStatus(requested.nudgeId(), "CHAT", "SENT");
        assertThat(receiver.bodies(rep)).hasSize(1);
    }

    @Test
    void deliveryClaimedButNeverAttemptedGoesBackToPendingAndIsSentOnce() {
        String rep = newRep();
        setPreferences(rep, Map.of("channels", Map.of("chat", true), "chatWebhookUrl", receiver.urlFor(rep),
                "timeZone", "UTC", "quietHours", "00:00-12:00"));
        clock.set(Instant.parse("2032-06-01T03:00:00Z"));
        NudgeRequested requested = nudge(rep).build();
        NudgeFixtures.publish(codec, requested);
        awaitStatus(requested.nudgeId(), "CHAT", "DEFERRED");

        // an instance claims it as part of a batch at noon and dies before its turn came
        Instant noon = Instant.parse("2032-06-01T12:00:00Z");
        claimFor(rep, noon);
        clock.set(noon);
        assertThat(Deliveries.delivery(requested.nudgeId(), "CHAT").get("status")).isEqualTo("SENDING");

        clock.set(noon.plus(Duration.ofMinutes(11)));
        Map<String, Object> sent = awaitStatus(requested.nudgeId(), "CHAT", "SENT");
        assertThat(sent.get("attemptLog")).asList().singleElement().asString().contains("outcome=SENT");
        assertThat(receiver.bodies(rep)).hasSize(1);
    }

    private SendJob claimFor(String rep, Instant at) {
        List<SendJob> claimed = claims.claimDue(at, 500);
        return claimed.stream().filter(job -> job.message().repId().equals(rep)).findFirst()
                .orElseThrow(() -> new AssertionError("nothing claimed for " + rep + " in " + claimed));
    }
}
