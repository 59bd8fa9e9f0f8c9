package io.callreview.scorecard.moment;

import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.events.RepSharingChanged;
import io.callreview.events.Topics;
import io.callreview.testsupport.KafkaTestClient;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static io.callreview.scorecard.fixtures.CallFixtures.goodCallSegments;
import static io.callreview.scorecard.fixtures.CallFixtures.publishedDiscoveryType;
import static io.callreview.scorecard.fixtures.CallFixtures.unique;
import static io.callreview.scorecard.fixtures.ReviewFixtures.postCall;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CallMomentTest {

    @Inject
    EventCodec codec;

    @Inject
    EntityManager entityManager;

    @Test
    void aTeammateReadsAMomentWhereTheRepDidABehaviourWellWhileTheRepSharesIt() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String rep = unique("rep");
        String teammate = unique("rep");
        String callId = postCall(type, rep, team, goodCallSegments());
        postCall(type, teammate, team, goodCallSegments());
        String teammateToken = TestTokens.rep(teammate, team);
        long nextStepAt = given().auth().oauth2(TestTokens.rep(rep, team)).get("/api/calls/" + callId + "/score")
                .then().statusCode(200)
                .extract().jsonPath().getLong("behaviours.find { it.key == 'next-steps' }.evidence[0].startMs");
        long linkedAt = nextStepAt / 1000 * 1000;

        given().auth().oauth2(teammateToken).get("/api/calls/" + callId + "/moments/" + linkedAt)
                .then().statusCode(200)
                .body("repId", equalTo(rep))
                .body("callType", equalTo(type))
                .body("behaviours.key", contains("next-steps"))
                .body("behaviours[0].verdict", equalTo("MET"))
                .body("segments.text", hasItem("Perfect, see you then."))
                .body("segments.text", not(hasItem("Hi Paul, thanks for joining. Here is the agenda for today.")))
                .body("score", nullValue());
        given().auth().oauth2(teammateToken).get("/api/calls/" + callId)
                .then().statusCode(404);
        given().auth().oauth2(teammateToken).get("/api/calls/" + callId + "/moments/21000")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.rep(unique("rep"), unique("team"))).get("/api/calls/" + callId + "/moments/" + linkedAt)
                .then().statusCode(404);

        Instant changedAt = Instant.now();
        announce(rep, false, changedAt);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(teammateToken)
                .get("/api/calls/" + callId + "/moments/" + linkedAt).then().statusCode(404));
        // older than, or as old as, the change applied: a late or repeated announcement changes nothing
        UUID late = announce(rep, true, changedAt.minusSeconds(60));
        UUID again = announce(rep, true, changedAt);
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(late) && processed(again));
        given().auth().oauth2(teammateToken).get("/api/calls/" + callId + "/moments/" + linkedAt).then().statusCode(404);

        announce(rep, true, changedAt.plusSeconds(1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(teammateToken)
                .get("/api/calls/" + callId + "/moments/" + linkedAt).then().statusCode(200));
    }

    @Test
    void whoMaySeeTheCallReadsAnyMomentOfIt() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String rep = unique("rep");
        String callId = postCall(type, rep, team, goodCallSegments());

        given().auth().oauth2(TestTokens.coach("coach-moments", team)).get("/api/calls/" + callId + "/moments/21000")
                .then().statusCode(200)
                .body("behaviours", empty())
                .body("segments.text", contains("Hi Paul, thanks for joining. Here is the agenda for today.", "Sounds good to me."));
        String repToken = TestTokens.rep(rep, team);
        long agendaAt = given().auth().oauth2(repToken).get("/api/calls/" + callId + "/score").then().statusCode(200)
                .extract().jsonPath().getLong("behaviours.find { it.key == 'agenda' }.evidence[0].startMs");
        given().auth().oauth2(repToken).get("/api/calls/" + callId + "/moments/" + agendaAt)
                .then().statusCode(200)
                .body("behaviours.key", hasItem("agenda"));
        given().auth().oauth2(TestTokens.admin()).get("/api/calls/" + callId + "/moments/-5")
                .then().statusCode(400);
        given().auth().oauth2(TestTokens.admin()).get("/api/calls/no-such-call/moments/0")
                .then().statusCode(404);
    }

    private UUID announce(String repId, boolean shares, Instant at) {
        EventEnvelope<RepSharingChanged> envelope = EventEnvelope.wrap(EventContract.REP_SHARING_CHANGED,
                new RepSharingChanged(repId, shares, at), Instant.now());
        KafkaTestClient.send(Topics.REP_SHARING_CHANGED, repId, codec.encode(envelope));
        return envelope.eventId();
    }

    private boolean processed(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT COUNT(*) FROM processed_event WHERE consumer = ?1 AND event_id = ?2")
                .setParameter(1, RepSharingUpdating.CONSUMER).setParameter(2, eventId.toString())
                .getSingleResult()).longValue() == 1);
    }
}
