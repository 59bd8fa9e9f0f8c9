package io.callreview.scorecard.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.events.Topics;
import io.callreview.testsupport.KafkaTestClient;
import io.callreview.testsupport.TestTokens;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Calls, reviews and the events they publish, through the API and the broker, for review and analytics tests. */
public final class ReviewFixtures {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads JSON numbers as doubles, so statistics compare at full precision. */
    public static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    private ReviewFixtures() {
    }

    public static String postCall(String type, String rep, String team, List<Map<String, Object>> segments) {
        return postCall(type, rep, team, segments, "2026-03-02T15:00:00Z");
    }

    public static String postCall(String type, String rep, String team, List<Map<String, Object>> segments, String startedAt) {
        Map<String, Object> body = new java.util.HashMap<>(CallFixtures.call(type, rep, team, CallFixtures.segmentsTranscript(segments)));
        body.put("startedAt", startedAt);
        return given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).body(body)
                .when().post("/api/calls").then().statusCode(201).extract().path("id");
    }

    /** The good call without its closing next step: next-steps (critical) MISSED, so the call auto-fails. */
    public static List<Map<String, Object>> callWithoutNextStep() {
        List<Map<String, Object>> segments = new ArrayList<>(CallFixtures.goodCallSegments().subList(0, 6));
        segments.add(CallFixtures.segment("Rita Rep", 1_700_000, 1_720_000, "Thanks Paul, talk soon. Bye for now."));
        return segments;
    }

    /** The good call without the budget and timeline questions: qualification MISSED. */
    public static List<Map<String, Object>> callWithoutQualification() {
        List<Map<String, Object>> good = CallFixtures.goodCallSegments();
        List<Map<String, Object>> segments = new ArrayList<>(good.subList(0, 2));
        segments.add(CallFixtures.segment("Rita Rep", 120_000, 130_000, "Let me show you how the product works."));
        segments.add(CallFixtures.segment("Paul Prospect", 131_000, 140_000, "Sure, go ahead."));
        segments.addAll(good.subList(6, 8));
        return segments;
    }

    /** Starts a review from the automatic grade, sets the verdicts (with a reason each) and finalises it. */
    public static int review(String callId, String coachToken, Map<String, String> verdicts) {
        String reviewId = given().auth().oauth2(coachToken).when().post("/api/calls/" + callId + "/reviews")
                .then().statusCode(201).extract().path("id");
        List<Map<String, Object>> inputs = new ArrayList<>();
        verdicts.forEach((key, verdict) -> inputs.add(Map.of("behaviourKey", key, "verdict", verdict, "reason", "coach's call")));
        given().auth().oauth2(coachToken).contentType(ContentType.JSON).body(Map.of("verdicts", inputs))
                .when().put("/api/reviews/" + reviewId).then().statusCode(200);
        return given().auth().oauth2(coachToken).when().post("/api/reviews/" + reviewId + "/finalize")
                .then().statusCode(200).extract().path("finalizedRevision");
    }

    /** The payload of the CallScored event of that call and revision, read from the broker. */
    public static JsonNode awaitCallScored(String repId, String callId, int revision) {
        return payload(KafkaTestClient.awaitRecord(Topics.CALL_SCORED, record -> {
            if (!repId.equals(record.key())) {
                return false;
            }
            JsonNode payload = payload(record.value());
            return payload.get("callId").asText().equals(callId) && payload.get("revision").asInt() == revision;
        }, Duration.ofSeconds(30)).value());
    }

    static JsonNode payload(String envelope) {
        try {
            return MAPPER.readTree(envelope).get("payload");
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + envelope, e);
        }
    }

    /** The audit actions recorded about a call, oldest first, as an admin reads them. */
    public static List<String> auditActions(String callId) {
        List<String> newestFirst = given().auth().oauth2(TestTokens.admin()).queryParam("callId", callId).queryParam("size", 200)
                .when().get("/api/audit").then().statusCode(200).extract().path("items.action");
        List<String> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }
}
