package io.callreview.scorecard.call;

import io.callreview.events.CallReceived;
import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.events.Topics;
import io.callreview.platform.outbox.OutboxEvent;
import io.callreview.platform.outbox.OutboxRelay;
import io.callreview.scorecard.domain.CallTranscript;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.domain.ScoreRevision;
import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.testsupport.KafkaTestClient;
import io.callreview.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Calls are graded by this service's consumer group, from the CallReceived event of the outbox, exactly once. */
@QuarkusTest
class AsynchronousGradingTest {

    @Inject
    OutboxRelay relay;

    @Inject
    EventCodec codec;

    @Test
    void aCallIsGradingUntilItsEventIsConsumedThenScoredOnce() {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = CallFixtures.unique("rep");
        String callId;
        relay.pause();
        try {
            callId = given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                    .body(CallFixtures.call(type, rep, "team-a", CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())))
                    .when().post("/api/calls").then().statusCode(202).body("status", equalTo("GRADING")).extract().path("id");
            given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + callId + "/score")
                    .then().statusCode(404).contentType("application/problem+json").body("type", endsWith("/not-graded-yet"));
            assertThat(given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + callId)
                    .then().statusCode(200).extract().<String>path("status")).isEqualTo("GRADING");
        } finally {
            relay.resume();
        }
        assertThat(CallFixtures.awaitGraded(callId).getString("status")).isEqualTo("AUTO_SCORED");
        given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + callId + "/scores")
                .then().statusCode(200).body("revision", equalTo(List.of(1)));
    }

    @Test
    void aRedeliveredCallReceivedChangesNothing() {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = CallFixtures.unique("rep");
        String callId = CallFixtures.postAndAwaitGraded(
                CallFixtures.call(type, rep, "team-a", CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())));
        String original = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>find("eventKey = ?1 AND eventType = 'CallReceived'", rep).firstResult().payload);

        KafkaTestClient.send(Topics.CALL_RECEIVED, rep, original);
        String marker = CallFixtures.postAndAwaitGraded(
                CallFixtures.call(type, rep, "team-a", CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())));

        assertThat(marker).isNotEqualTo(callId);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ScoreRevision.count("call.id", callId))).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("eventKey = ?1 AND eventType = 'CallScored'", rep))).isEqualTo(2);
    }

    @Test
    void anEventForACallThatWasNeverStoredAndPoisonAreHandledAndConsumptionGoesOn() {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = CallFixtures.unique("rep");
        String unknown = codec.encode(EventEnvelope.wrap(EventContract.CALL_RECEIVED,
                new CallReceived("no-such-call-" + rep, rep, "team-a", type, "crm", "x"), Instant.now()));
        String poison = "{\"eventId\": \"not-a-uuid\", \"type\": \"CallReceived\", \"payload\": 7}";
        KafkaTestClient.send(Topics.CALL_RECEIVED, rep, unknown);
        KafkaTestClient.send(Topics.CALL_RECEIVED, rep, poison);

        String after = CallFixtures.postAndAwaitGraded(
                CallFixtures.call(type, rep, "team-a", CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())));

        assertThat(QuarkusTransaction.requiringNew().call(() -> SalesCall.count("repId", rep))).isEqualTo(1);
        assertThat(after).isNotBlank();
        ConsumerRecord<String, String> dead = KafkaTestClient.awaitRecord(Topics.SCORECARD_DEAD_LETTER,
                r -> poison.equals(r.value()), Duration.ofSeconds(30));
        Header reason = dead.headers().lastHeader("dead-letter-reason");
        assertThat(reason).isNotNull();
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("CallReceived");
    }

    @Test
    void aCallWhoseGradingFailsIsMarkedWithTheReasonAndAnAdminGradesItAgain() {
        String type = CallFixtures.publishedDiscoveryType();
        String rep = CallFixtures.unique("rep");
        String callId;
        CallTranscript[] kept = new CallTranscript[1];
        relay.pause();
        try {
            callId = given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                    .body(CallFixtures.call(type, rep, "team-a", CallFixtures.segmentsTranscript(CallFixtures.goodCallSegments())))
                    .when().post("/api/calls").then().statusCode(202).extract().path("id");
            QuarkusTransaction.requiringNew().run(() -> {
                CallTranscript transcript = CallTranscript.findById(callId);
                kept[0] = copy(transcript);
                transcript.delete();
            });
        } finally {
            relay.resume();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> "GRADING_FAILED".equals(given().auth().oauth2(TestTokens.admin())
                .when().get("/api/calls/" + callId).then().statusCode(200).extract().path("status")));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + callId)
                .then().body("statusReason", containsString("has no transcript to grade"));
        KafkaTestClient.awaitRecord(Topics.SCORECARD_DEAD_LETTER, r -> rep.equals(r.key()), Duration.ofSeconds(30));

        QuarkusTransaction.requiringNew().run(() -> kept[0].persist());
        given().auth().oauth2(TestTokens.integration()).when().post("/api/calls/" + callId + "/grading").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).when().post("/api/calls/" + callId + "/grading")
                .then().statusCode(202).body("status", equalTo("GRADING")).body("statusReason", nullValue());
        assertThat(CallFixtures.awaitGraded(callId).getString("status")).isEqualTo("AUTO_SCORED");
        given().auth().oauth2(TestTokens.admin()).when().post("/api/calls/" + callId + "/grading")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).when().post("/api/calls/no-such-call/grading").then().statusCode(404);
    }

    private static CallTranscript copy(CallTranscript transcript) {
        CallTranscript copy = new CallTranscript();
        copy.callId = transcript.callId;
        copy.format = transcript.format;
        copy.timingEstimated = transcript.timingEstimated;
        copy.wordCount = transcript.wordCount;
        copy.segments = List.copyOf(transcript.segments);
        return copy;
    }
}
