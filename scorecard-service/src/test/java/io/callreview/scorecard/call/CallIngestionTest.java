package io.callreview.scorecard.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.events.Topics;
import io.callreview.platform.outbox.OutboxEvent;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.scorecard.fixtures.ScorecardFixtures;
import io.callreview.testsupport.KafkaTestClient;
import io.callreview.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import static io.callreview.scorecard.fixtures.CallFixtures.call;
import static io.callreview.scorecard.fixtures.CallFixtures.goodCallSegments;
import static io.callreview.scorecard.fixtures.CallFixtures.publishedDiscoveryType;
import static io.callreview.scorecard.fixtures.CallFixtures.segmentsTranscript;
import static io.callreview.scorecard.fixtures.CallFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CallIngestionTest {

    @Inject
    ObjectMapper mapper;

    private static ExtractableResponse<Response> post(Map<String, Object> body, int status) {
        return given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).body(body)
                .when().post("/api/calls")
                .then().statusCode(status).extract();
    }

    static long storedCalls(String repId) {
        return QuarkusTransaction.requiringNew().call(() -> SalesCall.count("repId", repId));
    }

    static long outboxEvents(String repId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("eventKey", repId));
    }

    static long outboxEvents(String repId, String type) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("eventKey = ?1 AND eventType = ?2", repId, type));
    }

    @Test
    void gradesACallWithEvidenceAndPublishesCallScored() throws Exception {
        String type = publishedDiscoveryType();
        String rep = unique("rep");
        Map<String, Object> body = call(type, rep, "team-a", segmentsTranscript(goodCallSegments()));

        String callId = given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(body).when().post("/api/calls")
                .then().statusCode(202)
                .header("Location", containsString("/api/calls/"))
                .body("status", equalTo("GRADING"))
                .body("scorecardVersion", equalTo(1))
                .body("transcript.format", equalTo("segments"))
                .body("score", nullValue())
                .extract().path("id");
        CallFixtures.awaitGraded(callId);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + callId)
                .then().statusCode(200)
                .body("status", equalTo("AUTO_SCORED"))
                .body("score.revision", equalTo(1))
                .body("score.scorer.kind", equalTo("AUTOMATIC"))
                .body("score.behaviours.find { it.key == 'qualification' }.verdict", equalTo("MET"))
                .body("score.behaviours.find { it.key == 'qualification' }.evidence", hasSize(2))
                .body("score.behaviours.find { it.key == 'next-steps' }.verdict", equalTo("MET"))
                .body("score.behaviours.find { it.key == 'agenda' }.verdict", equalTo("MET"))
                .body("score.behaviours.find { it.key == 'objection-handling' }.verdict", equalTo("NOT_APPLICABLE"))
                .body("score.behaviours.find { it.key == 'objection-handling' }.naAllowed", equalTo(true))
                .body("score.behaviours.find { it.key == 'qualification' }.naAllowed", equalTo(false))
                .body("score.overallScore", equalTo(100.0f))
                .body("score.autoFailed", equalTo(false))
                .body("score.metrics.repQuestions", equalTo(2))
                .body("score.metrics.repTalkRatio", notNullValue());

        ConsumerRecord<String, String> record = KafkaTestClient.awaitRecord(Topics.CALL_SCORED,
                r -> rep.equals(r.key()), Duration.ofSeconds(30));
        JsonNode event = mapper.readTree(record.value());
        assertThat(event.get("type").asText()).isEqualTo("CallScored");
        JsonNode payload = event.get("payload");
        assertThat(payload.get("callId").asText()).isEqualTo(callId);
        assertThat(payload.get("revision").asInt()).isEqualTo(1);
        assertThat(payload.at("/scorer/kind").asText()).isEqualTo("AUTOMATIC");
        assertThat(payload.get("teamId").asText()).isEqualTo("team-a");
        assertThat(payload.get("callType").asText()).isEqualTo(type);
        assertThat(payload.get("overallScore").asDouble()).isEqualTo(100.0);
        assertThat(payload.get("autoFailed").asBoolean()).isFalse();
        assertThat(payload.get("strengthBehaviourKey").asText()).isEqualTo("qualification");
        JsonNode qualification = CallFixtures.behaviour(payload, "qualification");
        assertThat(qualification.get("verdict").asText()).isEqualTo("MET");
        assertThat(qualification.get("evidence")).hasSize(2);
        assertThat(qualification.at("/evidence/0/quote").asText()).isEqualTo("How much have you budgeted for this project?");
        assertThat(qualification.at("/evidence/0/startMs").asLong()).isEqualTo(120_000);
        assertThat(qualification.at("/evidence/0/speaker").asText()).isEqualTo("Rita Rep");
        assertThat(CallFixtures.behaviour(payload, "next-steps").at("/evidence/0/quote").asText()).contains("next step");
        assertThat(CallFixtures.behaviour(payload, "objection-handling").get("verdict").asText()).isEqualTo("NOT_APPLICABLE");

        given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + callId + "/score")
                .then().statusCode(200)
                .body("revision", equalTo(1))
                .body("behaviours", hasSize(4));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + callId + "/scores")
                .then().statusCode(200)
                .body("revision", equalTo(List.of(1)));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + callId + "/transcript")
                .then().statusCode(200)
                .body("segments", hasSize(8))
                .body("segments[1].role", equalTo("prospect"));
    }

    @Test
    void idsWithStraySpacesNameTheSameRepTeamAndCallType() {
        String type = publishedDiscoveryType();
        String rep = unique("rep");
        String first = CallFixtures.postAndAwaitGraded(call(type, rep, "team-a", segmentsTranscript(goodCallSegments())));
        Map<String, Object> spaced = new HashMap<>(call(" " + type + " ", " " + rep + "  ", " team-a", segmentsTranscript(goodCallSegments())));
        String second = CallFixtures.postAndAwaitGraded(spaced);

        given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + second)
                .then().statusCode(200).body("repId", equalTo(rep)).body("teamId", equalTo("team-a")).body("callType", equalTo(type));
        given().auth().oauth2(TestTokens.admin()).queryParam("repId", rep).when().get("/api/calls")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.containsInAnyOrder(first, second));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/roster/reps/" + rep)
                .then().statusCode(200).body("teamId", equalTo("team-a"));
    }

    @Test
    void missedCriticalBehaviourAutoFailsAndPointsWhereItWasExpected() throws Exception {
        String type = publishedDiscoveryType();
        String rep = unique("rep");
        List<Map<String, Object>> segments = new java.util.ArrayList<>(goodCallSegments().subList(0, 6));
        segments.add(CallFixtures.segment("Rita Rep", 1_700_000, 1_720_000, "Thanks Paul, talk soon. Bye for now."));
        String callId = CallFixtures.postAndAwaitGraded(call(type, rep, "team-a", segmentsTranscript(segments)));

        given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + callId + "/score")
                .then().statusCode(200)
                .body("autoFailed", equalTo(true))
                .body("behaviours.find { it.key == 'next-steps' }.verdict", equalTo("MISSED"))
                // the last fifth of the conversation, which ends at 28:40 of the 30 minutes reported
                .body("behaviours.find { it.key == 'next-steps' }.expectedAtMs", equalTo(1_376_000))
                .body("overallScore", equalTo(60.0f));

        JsonNode payload = mapper.readTree(KafkaTestClient.awaitRecord(Topics.CALL_SCORED,
                r -> rep.equals(r.key()), Duration.ofSeconds(30)).value()).get("payload");
        assertThat(payload.get("autoFailed").asBoolean()).isTrue();
        assertThat(payload.get("focusBehaviourKey").asText()).isEqualTo("next-steps");
        assertThat(CallFixtures.behaviour(payload, "next-steps").get("expectedAtMs").asLong()).isEqualTo(1_376_000);
    }

    @Test
    void aCallWhoseSpeakersMatchNoParticipantSaysSoAndItsVerdictsGoToACoach() {
        String type = publishedDiscoveryType();
        List<Map<String, Object>> segments = new java.util.ArrayList<>();
        for (Map<String, Object> segment : goodCallSegments()) {
            Map<String, Object> renamed = new HashMap<>(segment);
            renamed.put("speaker", "Rita Rep".equals(segment.get("speaker")) ? "Speaker 1" : "Speaker 2");
            segments.add(renamed);
        }

        ExtractableResponse<Response> accepted = post(call(type, unique("rep"), "team-a", segmentsTranscript(segments)), 202);
        assertThat(accepted.<String>path("statusReason")).startsWith("no speaker is the rep: the transcript's speakers"
                + " ('Speaker 1', 'Speaker 2') match no participant named as the rep ('Rita Rep')");
        String callId = accepted.path("id");

        io.restassured.path.json.JsonPath graded = CallFixtures.awaitGraded(callId);
        assertThat(graded.getString("statusReason")).startsWith("no speaker is the rep");
        assertThat(graded.getList("score.behaviours.verdict")).isNotEmpty().doesNotContain("MET");
    }

    @Test
    void replayBySourceAndExternalIdReturnsTheSameCallAndCreatesNothing() {
        String type = publishedDiscoveryType();
        String rep = unique("rep");
        Map<String, Object> body = call(type, rep, "team-a", segmentsTranscript(goodCallSegments()));
        String first = post(body, 202).path("id");
        String again = post(body, 200).path("id");
        assertThat(again).isEqualTo(first);
        CallFixtures.awaitGraded(first);
        assertThat(post(body, 200).<String>path("status")).isEqualTo("AUTO_SCORED");
        assertThat(storedCalls(rep)).isEqualTo(1);
        assertThat(outboxEvents(rep, "CallReceived")).isEqualTo(1);
        assertThat(outboxEvents(rep, "CallScored")).isEqualTo(1);

        // the same id naming another rep is another call, or a correction: neither is applied by posting again
        String otherRep = unique("rep");
        Map<String, Object> otherRepsCall = new HashMap<>(body);
        otherRepsCall.put("repId", otherRep);
        ExtractableResponse<Response> refused = post(otherRepsCall, 409);
        assertThat(refused.<String>path("errors[0].field")).isEqualTo("repId");
        assertThat(refused.<String>path("detail")).contains("received before for rep '" + rep + "'");
        assertThat(storedCalls(otherRep)).isZero();
        given().auth().oauth2(TestTokens.admin()).when().get("/api/roster/reps/" + otherRep).then().statusCode(404);
    }

    @Test
    void aReplayTellsAnIntegrationWhichCallItIsButNothingInIt() {
        String type = publishedDiscoveryType();
        String rep = unique("rep");
        Map<String, Object> body = call(type, rep, "team-a", segmentsTranscript(goodCallSegments()));
        String id = post(body, 202).path("id");
        CallFixtures.awaitGraded(id);

        ExtractableResponse<Response> replay = post(body, 200);
        assertThat(replay.<String>path("id")).isEqualTo(id);
        assertThat(replay.<String>path("status")).isEqualTo("AUTO_SCORED");
        assertThat(replay.jsonPath().getMap("$").keySet()).containsExactlyInAnyOrder("id", "externalId", "source", "status");

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/calls")
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("score.revision", equalTo(1))
                .body("participants", hasSize(2));
    }

    @Test
    void theWebhooksSourceNamesAreNotForPostedCalls() {
        String type = publishedDiscoveryType();
        String rep = unique("rep");
        for (String source : List.of("hubspot", "zoom")) {
            Map<String, Object> body = new HashMap<>(call(type, rep, "team-a", segmentsTranscript(goodCallSegments())));
            body.put("source", source);
            post(body, 422).response().then().body("errors[0].field", equalTo("source"));
        }
        assertThat(storedCalls(rep)).isZero();
    }

    @Test
    void concurrentDuplicatesStoreOneCallAndAllAnswerIt() throws Exception {
        String type = publishedDiscoveryType();
        String rep = unique("rep");
        Map<String, Object> body = call(type, rep, "team-a", segmentsTranscript(goodCallSegments()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<ExtractableResponse<Response>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                        .body(body).when().post("/api/calls").then().extract()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (var answer : answers) {
                ExtractableResponse<Response> response = answer.get();
                statuses.add(response.statusCode());
                ids.add(response.path("id"));
            }
            assertThat(statuses).containsOnly(200, 202).containsOnlyOnce(202);
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(storedCalls(rep)).isEqualTo(1);
        assertThat(outboxEvents(rep, "CallReceived")).isEqualTo(1);
    }

    @Test
    void idempotencyKeyReplaysTheFirstAnswerAndRefusesAnotherBody() {
        String type = publishedDiscoveryType();
        String rep = unique("rep");
        String key = unique("key");
        Map<String, Object> body = call(type, rep, "team-a", segmentsTranscript(goodCallSegments()));
        String first = given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .when().post("/api/calls").then().statusCode(202).extract().asString();
        String replay = given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .when().post("/api/calls").then().statusCode(202).extract().asString();
        assertThat(replay).isEqualTo(first);

        Map<String, Object> other = new HashMap<>(body);
        other.put("externalId", unique("crm-call"));
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(other)
                .when().post("/api/calls")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(storedCalls(rep)).isEqualTo(1);
    }

    @Test
    void aCallThatStartsInTheFutureIs422AndStoresNothing() {
        String rep = unique("rep");
        Map<String, Object> body = new HashMap<>(call(publishedDiscoveryType(), rep, "team-a", segmentsTranscript(goodCallSegments())));
        body.put("startedAt", Instant.now().plus(Duration.ofHours(1)).toString());
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).body(body)
                .when().post("/api/calls")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("startedAt"));
        assertThat(storedCalls(rep)).isZero();

        body.put("startedAt", Instant.now().plus(Duration.ofMinutes(1)).toString());
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).body(body)
                .when().post("/api/calls")
                .then().statusCode(202);
    }

    @Test
    void aTranscriptThatRunsLongPastTheCallIs422AndStoresNothing() {
        String rep = unique("rep");
        Map<String, Object> body = new HashMap<>(call(publishedDiscoveryType(), rep, "team-a", segmentsTranscript(goodCallSegments())));
        body.put("durationSeconds", 600);
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).body(body)
                .when().post("/api/calls")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("transcript.segments[6].endMs"))
                .body("detail", containsString("1720000 ms into the call"));
        assertThat(storedCalls(rep)).isZero();
        assertThat(outboxEvents(rep)).isZero();
    }

    @Test
    void aCallOfUnknownLengthLastsUntilItsTranscriptEnds() {
        Map<String, Object> body = new HashMap<>(call(publishedDiscoveryType(), unique("rep"), "team-a",
                segmentsTranscript(goodCallSegments())));
        body.put("durationSeconds", 0);
        assertThat((Integer) post(body, 202).path("durationSeconds")).isEqualTo(1730);
    }

    @Test
    void unknownCallTypeIs422AndStoresNothing() {
        String rep = unique("rep");
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(call("no-such-type", rep, "team-a", segmentsTranscript(goodCallSegments())))
                .when().post("/api/calls")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("callType"));
        assertThat(storedCalls(rep)).isZero();
        assertThat(outboxEvents(rep)).isZero();
    }

    @Test
    void callTypeWithoutPublishedScorecardIs422AndStoresNothing() {
        String type = ScorecardFixtures.newCallType();
        String rep = unique("rep");
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(call(type, rep, "team-a", segmentsTranscript(goodCallSegments())))
                .when().post("/api/calls")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("callType"))
                .body("detail", containsString("no published scorecard"));
        assertThat(storedCalls(rep)).isZero();
    }

    @Test
    void invalidFieldsAreNamed() {
        String type = publishedDiscoveryType();
        Map<String, Object> body = call(type, unique("rep"), "team-a", Map.of("format", "segments", "segments",
                List.of(CallFixtures.segment("Rita Rep", 5000, 1000, "backwards"))));
        body.remove("teamId");
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).body(body)
                .when().post("/api/calls")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("teamId"));
        body.put("teamId", "team-a");
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).body(body)
                .when().post("/api/calls")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("transcript.segments[0].endMs"));
        body.put("participants", List.of(Map.of("name", "Rita Rep", "role", "boss")));
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).body(body)
                .when().post("/api/calls")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("participants[0].role"));
        body.put("participants", CallFixtures.participants());
        body.put("transcript", Map.of("format", "pdf", "content", "x"));
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).body(body)
                .when().post("/api/calls")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("transcript.format"));
    }

    @Test
    void readsFollowObjectLevelAuthorization() {
        String type = publishedDiscoveryType();
        String rep = unique("rep");
        String callId = CallFixtures.postAndAwaitGraded(call(type, rep, "team-a", segmentsTranscript(goodCallSegments())));
        String path = "/api/calls/" + callId;

        given().auth().oauth2(TestTokens.rep(rep, "team-a")).when().get(path).then().statusCode(200);
        given().auth().oauth2(TestTokens.coach("coach-a", "team-a")).when().get(path + "/score").then().statusCode(200);
        given().auth().oauth2(TestTokens.rep(unique("rep"), "team-a")).when().get(path)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.coach("coach-b", "team-b")).when().get(path + "/scores").then().statusCode(404);
        given().auth().oauth2(TestTokens.integration()).when().get(path + "/transcript").then().statusCode(403);
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(call(type, rep, "team-a", segmentsTranscript(goodCallSegments())))
                .when().post("/api/calls").then().statusCode(403);

        given().auth().oauth2(TestTokens.coach("coach-a", "team-a")).queryParam("repId", rep)
                .when().get("/api/calls")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(callId))
                .body("items[0].overallScore", equalTo(100.0f));
        given().auth().oauth2(TestTokens.coach("coach-b", "team-b")).queryParam("repId", rep)
                .when().get("/api/calls")
                .then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).queryParam("callType", type)
                .when().get("/api/calls")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(callId)));
    }
}
