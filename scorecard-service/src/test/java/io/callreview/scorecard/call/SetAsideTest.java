package io.callreview.scorecard.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.events.Topics;
import io.callreview.platform.outbox.OutboxEvent;
import io.callreview.platform.outbox.OutboxRelay;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.scorecard.fixtures.ReviewFixtures;
import io.callreview.testsupport.KafkaTestClient;
import io.callreview.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.callreview.scorecard.fixtures.CallFixtures.goodCallSegments;
import static io.callreview.scorecard.fixtures.CallFixtures.publishedDiscoveryType;
import static io.callreview.scorecard.fixtures.CallFixtures.unique;
import static io.callreview.scorecard.fixtures.ReviewFixtures.callWithoutNextStep;
import static io.callreview.scorecard.fixtures.ReviewFixtures.postCall;
import static io.callreview.scorecard.fixtures.TeamFigures.NEXT_STEPS;
import static io.callreview.scorecard.fixtures.TeamFigures.adherence;
import static io.callreview.scorecard.fixtures.TeamFigures.exportedCalls;
import static io.callreview.scorecard.fixtures.TeamFigures.queue;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** An admin sets a call aside (a test call, a call of the wrong rep): it counts nowhere from then on. */
@QuarkusTest
class SetAsideTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MAY = "2026-05-01T00:00:00Z";
    private static final String JUNE = "2026-06-01T00:00:00Z";

    @Inject
    OutboxRelay relay;

    /**
     * Two calls of one rep: a good one, and one without its next step (auto-failed, so in the review queue), disputed by
     * the rep. Setting the second aside takes it out of adherence (read from the tallies over whole days, and call by
     * call over part of its day), gaps, dispute statistics, the export and the review queue; its open dispute is closed;
     * the call still reads with its status, reason, who and when, and CallSetAside reaches the broker.
     */
    @Test
    void aCallSetAsideLeavesEveryFigureTheQueueAndTheExport() throws Exception {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String rep = unique("rep");
        String coach = TestTokens.coach("coach-aside", team);
        postCall(type, rep, team, goodCallSegments(), "2026-05-04T10:00:00Z");
        String testCall = postCall(type, rep, team, callWithoutNextStep(), "2026-05-06T10:00:00Z");
        String disputeId = given().auth().oauth2(TestTokens.rep(rep, team)).contentType(ContentType.JSON)
                .body(Map.of("behaviourKey", "agenda", "comment", "this was a test call"))
                .when().post("/api/calls/" + testCall + "/disputes").then().statusCode(201).extract().path("id");

        adherence(coach, team, MAY, JUNE).body(NEXT_STEPS + "met", equalTo(1)).body(NEXT_STEPS + "observed", equalTo(2));
        adherence(coach, team, "2026-05-06T09:00:00Z", "2026-05-06T11:00:00Z").body(NEXT_STEPS + "observed", equalTo(1));
        gaps(coach, team).body("calls", equalTo(2)).body("averageScore", closeTo(80.0, 1e-9));
        disputes(coach, team).body("disputes", equalTo(1)).body("open", equalTo(1));
        assertThat(exportedCalls(coach, team, MAY, JUNE)).hasSize(2).contains(testCall);
        queue(coach, team).body("callId", hasItem(testCall));

        setAside(TestTokens.admin(), testCall, Map.of("reason", "  test call: Rita tried the dialer with Sam  "))
                .statusCode(200)
                .body("status", equalTo("SET_ASIDE"))
                .body("statusReason", equalTo("test call: Rita tried the dialer with Sam"))
                .body("setAsideBy", equalTo("admin-1"))
                .body("setAsideAt", notNullValue());

        adherence(coach, team, MAY, JUNE).body(NEXT_STEPS + "met", equalTo(1)).body(NEXT_STEPS + "observed", equalTo(1));
        adherence(coach, team, "2026-05-06T09:00:00Z", "2026-05-06T11:00:00Z").body("groups", hasSize(0));
        gaps(coach, team).body("calls", equalTo(1)).body("averageScore", closeTo(100.0, 1e-9));
        disputes(coach, team).body("disputes", equalTo(0));
        assertThat(exportedCalls(coach, team, MAY, JUNE)).hasSize(1).doesNotContain(testCall);
        queue(coach, team).body("callId", not(hasItem(testCall)));
        given().config(ReviewFixtures.DOUBLES).auth().oauth2(coach).queryParam("teamId", team)
                .queryParam("behaviourKey", "next-steps").queryParam("from", MAY).queryParam("to", JUNE)
                .when().get("/api/analytics/consistency").then().statusCode(200)
                .body("items[0].calls", equalTo(1)).body("items[0].met", equalTo(1));

        given().auth().oauth2(coach).when().get("/api/disputes/" + disputeId).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("resolution.resolvedBy", equalTo("admin-1"))
                .body("resolution.verdict", org.hamcrest.Matchers.nullValue())
                .body("resolution.reason", containsString("test call: Rita tried the dialer with Sam"));
        given().auth().oauth2(TestTokens.rep(rep, team)).when().get("/api/calls/" + testCall).then().statusCode(200)
                .body("status", equalTo("SET_ASIDE"))
                .body("statusReason", equalTo("test call: Rita tried the dialer with Sam"))
                .body("setAsideBy", equalTo("admin-1"))
                .body("score.revision", equalTo(1));
        given().auth().oauth2(coach).queryParam("teamId", team).when().get("/api/calls").then().statusCode(200)
                .body("items.find { it.id == '" + testCall + "' }.status", equalTo("SET_ASIDE"));
        given().auth().oauth2(coach).queryParam("teamId", team).queryParam("status", "set_aside").when().get("/api/calls")
                .then().statusCode(200).body("items.id", equalTo(List.of(testCall))).body("total", equalTo(1));
        assertThat(ReviewFixtures.auditActions(testCall)).contains("CALL_SET_ASIDE", "DISPUTE_RESOLVED").endsWith("CALL_SET_ASIDE");

        JsonNode event = JSON.readTree(KafkaTestClient.awaitRecord(Topics.CALL_SET_ASIDE,
                r -> rep.equals(r.key()) && r.value().contains(testCall), Duration.ofSeconds(30)).value());
        assertThat(event.get("type").asText()).isEqualTo("CallSetAside");
        JsonNode payload = event.get("payload");
        assertThat(payload.get("callId").asText()).isEqualTo(testCall);
        assertThat(payload.get("repId").asText()).isEqualTo(rep);
        assertThat(payload.get("teamId").asText()).isEqualTo(team);
        assertThat(payload.get("callType").asText()).isEqualTo(type);
        assertThat(payload.get("callStartedAt").asText()).isEqualTo("2026-05-06T10:00:00Z");
        assertThat(payload.get("reason").asText()).isEqualTo("test call: Rita tried the dialer with Sam");
        assertThat(payload.get("setAsideBy").asText()).isEqualTo("admin-1");
        assertThat(payload.get("setAsideAt").asText()).isNotBlank();
    }

    @Test
    void onlyAnAdminSetsAKnownCallAsideWithAReason() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String rep = unique("rep");
        String callId = postCall(type, rep, team, goodCallSegments());

        setAside(TestTokens.coach("coach-aside", team), callId, Map.of("reason", "test call")).statusCode(403);
        setAside(TestTokens.rep(rep, team), callId, Map.of("reason", "test call")).statusCode(403);
        setAside(TestTokens.admin(), "00000000-0000-0000-0000-000000000000", Map.of("reason", "test call")).statusCode(404);
        for (Map<String, Object> body : List.of(Map.<String, Object>of(), Map.<String, Object>of("reason", "   "),
                Map.<String, Object>of("reason", "x".repeat(501)))) {
            setAside(TestTokens.admin(), callId, body).statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("reason"));
        }
        assertThat(status(callId)).isEqualTo("AUTO_SCORED");

        setAside(TestTokens.admin(), callId, Map.of("reason", " " + "x".repeat(500) + " ")).statusCode(200)
                .body("status", equalTo("SET_ASIDE"));
        String at = given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + callId).then().extract().path("setAsideAt");
        // the same request again answers the call as it stands; another reason is refused
        setAside(TestTokens.admin(), callId, Map.of("reason", "x".repeat(500))).statusCode(200)
                .body("status", equalTo("SET_ASIDE")).body("setAsideAt", equalTo(at));
        setAside(TestTokens.admin(), callId, Map.of("reason", "wrong rep")).statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("id"))
                .body("detail", containsString("SET_ASIDE"));
        assertThat(ReviewFixtures.auditActions(callId).stream().filter("CALL_SET_ASIDE"::equals)).hasSize(1);
    }

    /**
     * Nothing more happens to a set-aside call: reviews, disputes, grading, transcription and calibration answer 409
     * naming its status.
     */
    @Test
    void aSetAsideCallIsNeitherReviewedNorDisputedNorGradedAgain() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String rep = unique("rep");
        String coach = TestTokens.coach("coach-aside", team);
        String callId = postCall(type, rep, team, goodCallSegments());
        String draft = given().auth().oauth2(coach).when().post("/api/calls/" + callId + "/reviews")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(coach).contentType(ContentType.JSON).body(Map.of("verdicts", List.of(
                        Map.of("behaviourKey", "qualification", "verdict", "MET"), Map.of("behaviourKey", "next-steps", "verdict", "MET"),
                        Map.of("behaviourKey", "agenda", "verdict", "MET"),
                        Map.of("behaviourKey", "objection-handling", "verdict", "NOT_APPLICABLE"))))
                .when().put("/api/reviews/" + draft).then().statusCode(200);

        setAside(TestTokens.admin(), callId, Map.of("reason", "wrong rep: this was Sam's call")).statusCode(200);

        conflictNamingTheStatus(given().auth().oauth2(coach).when().post("/api/reviews/" + draft + "/finalize").then());
        conflictNamingTheStatus(given().auth().oauth2(coach).contentType(ContentType.JSON).body(Map.of("verdicts", List.of()))
                .when().put("/api/reviews/" + draft).then());
        conflictNamingTheStatus(given().auth().oauth2(TestTokens.coach("coach-other", team)).when()
                .post("/api/calls/" + callId + "/reviews").then());
        conflictNamingTheStatus(given().auth().oauth2(TestTokens.rep(rep, team)).contentType(ContentType.JSON)
                .body(Map.of("behaviourKey", "agenda", "comment", "not mine")).when().post("/api/calls/" + callId + "/disputes").then());
        conflictNamingTheStatus(given().auth().oauth2(TestTokens.rep(rep, team)).when()
                .post("/api/calls/" + callId + "/acknowledgement").then());
        conflictNamingTheStatus(given().auth().oauth2(TestTokens.admin()).when().post("/api/calls/" + callId + "/grading").then());
        conflictNamingTheStatus(given().auth().oauth2(TestTokens.admin()).when().post("/api/calls/" + callId + "/transcription").then());
        conflictNamingTheStatus(given().auth().oauth2(coach).contentType(ContentType.JSON).body(Map.of("name", "calibration",
                "callIds", List.of(callId), "coachIds", List.of("coach-aside", "coach-other"))).when().post("/api/calibrations").then()
                .body("errors[0].field", equalTo("callIds[0]")));
        given().auth().oauth2(coach).when().get("/api/calls/" + callId + "/scores").then().statusCode(200)
                .body("revision", equalTo(List.of(1)));
        given().auth().oauth2(coach).when().get("/api/reviews/" + draft).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    /** A teammate no longer hears a moment of a set-aside call, even one where the rep did a behaviour well. */
    @Test
    void aTeammateNoLongerOpensAMomentOfASetAsideCall() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String rep = unique("rep");
        String teammate = unique("rep");
        postCall(type, teammate, team, goodCallSegments()); // puts the teammate on the roster of the team
        String callId = postCall(type, rep, team, goodCallSegments());
        long atMs = given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + callId + "/score").then().statusCode(200)
                .extract().<Number>path("behaviours.find { it.verdict == 'MET' && it.evidence.size() > 0 }.evidence[0].startMs")
                .longValue();
        given().auth().oauth2(TestTokens.rep(teammate, team)).when().get("/api/calls/" + callId + "/moments/" + atMs)
                .then().statusCode(200);

        setAside(TestTokens.admin(), callId, Map.of("reason", "test call")).statusCode(200);

        given().auth().oauth2(TestTokens.rep(teammate, team)).when().get("/api/calls/" + callId + "/moments/" + atMs)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.rep(rep, team)).when().get("/api/calls/" + callId + "/moments/" + atMs)
                .then().statusCode(200);
    }

    /**
     * A call set aside while it waits for its grade (its CallReceived held in the outbox) is never graded: when the
     * grading consumer gets the event, it finds the call SET_ASIDE and leaves it, with no score and no CallScored.
     */
    @Test
    void aCallSetAsideBeforeItIsGradedIsNeverGraded() {
        String type = publishedDiscoveryType();
        String rep = unique("rep");
        String callId;
        relay.pause();
        try {
            callId = given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                    .body(CallFixtures.call(type, rep, "team-a", CallFixtures.segmentsTranscript(goodCallSegments())))
                    .when().post("/api/calls").then().statusCode(202).body("status", equalTo("GRADING")).extract().path("id");
            setAside(TestTokens.admin(), callId, Map.of("reason", "test call")).statusCode(200)
                    .body("status", equalTo("SET_ASIDE")).body("score", org.hamcrest.Matchers.nullValue());
        } finally {
            relay.resume();
        }
        String received = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>find("eventKey = ?1 AND eventType = 'CallReceived'", rep).firstResult().eventId);
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) SalesCall
                .getEntityManager().createNativeQuery("SELECT COUNT(*) FROM processed_event WHERE consumer = 'scorecard-grading'"
                        + " AND event_id = ?1").setParameter(1, received).getSingleResult()).longValue()) == 1);

        assertThat(status(callId)).isEqualTo("SET_ASIDE");
        given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + callId + "/scores").then().statusCode(200)
                .body("size()", equalTo(0));
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("eventKey = ?1 AND eventType = ?2", rep, "CallScored")))
                .isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("eventKey = ?1 AND eventType = ?2", rep, "CallSetAside")))
                .isEqualTo(1);
    }

    private static ValidatableResponse setAside(String token, String callId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/calls/" + callId + "/set-aside").then();
    }

    private static void conflictNamingTheStatus(ValidatableResponse response) {
        response.statusCode(409).contentType("application/problem+json").body("detail", containsString("SET_ASIDE"));
    }

    private static String status(String callId) {
        return given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + callId).then().statusCode(200)
                .extract().path("status");
    }

    private static ValidatableResponse gaps(String coach, String team) {
        return given().config(ReviewFixtures.DOUBLES).auth().oauth2(coach).queryParam("teamId", team)
                .queryParam("from", MAY).queryParam("to", JUNE).when().get("/api/analytics/gaps").then().statusCode(200);
    }

    private static ValidatableResponse disputes(String coach, String team) {
        return given().auth().oauth2(coach).queryParam("teamId", team).queryParam("from", MAY).queryParam("to", JUNE)
                .when().get("/api/analytics/disputes").then().statusCode(200)
                .rootPath("behaviours.find { it.behaviourKey == 'agenda' }");
    }
}
