package io.callreview.notification.service;

import io.callreview.events.EventCodec;
import io.callreview.events.NudgeRequested;
import io.callreview.notification.ChatReceiver;
import io.callreview.notification.Deliveries;
import io.callreview.notification.NudgeFixtures;
import io.callreview.testsupport.MutableClock;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
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
 * blind send: the delivery ends FAILED (in doubt) once its lease is over, for an admin to decide.
 */
@QuarkusTest
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

        // an instance claims the delivery at noon (attempt recorded, lease taken) and dies before sending or recording
        Instant noon = Instant.parse("2032-05-01T12:00:00Z");
        List<SendJob> claimed = claims.claimDue(noon, 500);
        assertThat(claimed).anySatisfy(job -> assertThat(job.message().repId()).isEqualTo(rep));
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
}
