package io.callreview.scorecard.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.events.Topics;
import io.callreview.scorecard.fixtures.ReviewFixtures;
import io.callreview.testsupport.KafkaTestClient;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** An admin moves a call posted under the wrong rep to the rep whose call it is. */
@QuarkusTest
class CallMoveTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MAY = "2026-05-01T00:00:00Z";
    private static final String JUNE = "2026-06-01T00:00:00Z";

    /**
     * Tom's good call and a call without its next step, which was Jessica's (on another team), disputed by Tom. Moving it
     * takes it out of Tom's team's figures, queue and export and into Jessica's, as revision 2 with the same verdicts;
     * Tom's dispute is closed; CallScored for Jessica reaches the broker; asked again, nothing changes.
     */
    @Test
    void aMovedCallLeavesTheOldRepsFiguresAndCountsForTheNewRep() throws Exception {
        String type = publishedDiscoveryType();
        String tomsTeam = unique("team");
        String jessicasTeam = unique("team");
        String tom = unique("rep");
        String jessica = unique("rep");
        String tomsCoach = TestTokens.coach("coach-tom", tomsTeam);
        String jessicasCoach = TestTokens.coach("coach-jessica", jessicasTeam);
        onRoster(jessica, jessicasTeam, "Jessica Walker");
        postCall(type, tom, tomsTeam, goodCallSegments(), "2026-05-04T10:00:00Z");
        String callId = postCall(type, tom, tomsTeam, callWithoutNextStep(), "2026-05-06T10:00:00Z");
        List<Object> verdictsBefore = verdicts(callId);
        String disputeId = given().auth().oauth2(TestTokens.rep(tom, tomsTeam)).contentType(ContentType.JSON)
                .body(Map.of("behaviourKey", "agenda", "comment", "this is not my call"))
                .when().post("/api/calls/" + callId + "/disputes").then().statusCode(201).extract().path("id");
        adherence(tomsCoach, tomsTeam, MAY, JUNE).body(NEXT_STEPS + "observed", equalTo(2));
        queue(tomsCoach, tomsTeam).body("callId", hasItem(callId));

        move(TestTokens.admin(), callId, Map.of("repId", " " + jessica + " ", "reason", " Jessica's call: the dialer posted it under Tom "))
                .statusCode(200)
                .body("repId", equalTo(jessica))
                .body("repName", equalTo("Jessica Walker"))
                .body("teamId", equalTo(jessicasTeam))
                .body("status", equalTo("AUTO_SCORED"))
                .body("score.revision", equalTo(2));

        adherence(tomsCoach, tomsTeam, MAY, JUNE).body(NEXT_STEPS + "observed", equalTo(1)).body(NEXT_STEPS + "met", equalTo(1));
        adherence(jessicasCoach, jessicasTeam, MAY, JUNE).body(NEXT_STEPS + "observed", equalTo(1)).body(NEXT_STEPS + "met", equalTo(0));
        queue(tomsCoach, tomsTeam).body("callId", not(hasItem(callId)));
        queue(jessicasCoach, jessicasTeam).body("callId", hasItem(callId));
        assertThat(exportedCalls(tomsCoach, tomsTeam, MAY, JUNE)).doesNotContain(callId);
        assertThat(exportedCalls(jessicasCoach, jessicasTeam, MAY, JUNE)).containsExactly(callId);
        given().auth().oauth2(TestTokens.rep(tom, tomsTeam)).when().get("/api/calls/" + callId).then().statusCode(404);
        given().auth().oauth2(TestTokens.rep(jessica, jessicasTeam)).when().get("/api/calls/" + callId).then().statusCode(200)
                .body("repId", equalTo(jessica));
        assertThat(verdicts(callId)).isEqualTo(verdictsBefore);
        given().auth().oauth2(jessicasCoach).when().get("/api/calls/" + callId + "/scores").then().statusCode(200)
                .body("revision", equalTo(List.of(1, 2))).body("scorer.kind", equalTo(List.of("AUTOMATIC", "AUTOMATIC")));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/disputes/" + disputeId).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("resolution.reason", equalTo("the call was moved from " + tom + " to " + jessica
                        + ": Jessica's call: the dialer posted it under Tom"));
        assertThat(ReviewFixtures.auditActions(callId)).endsWith("DISPUTE_RESOLVED", "CALL_MOVED");

        JsonNode event = JSON.readTree(KafkaTestClient.awaitRecord(Topics.CALL_SCORED,
                r -> jessica.equals(r.key()) && r.value().contains(callId), Duration.ofSeconds(30)).value());
        assertThat(event.at("/payload/repId").asText()).isEqualTo(jessica);
        assertThat(event.at("/payload/teamId").asText()).isEqualTo(jessicasTeam);
        assertThat(event.at("/payload/revision").asInt()).isEqualTo(2);

        JsonNode closed = JSON.readTree(KafkaTestClient.awaitRecord(Topics.DISPUTE_RESOLVED,
                r -> tom.equals(r.key()) && r.value().contains(disputeId), Duration.ofSeconds(30)).value());
        assertThat(closed.at("/payload/outcome").asText()).isEqualTo("CLOSED");
        assertThat(closed.at("/payload/repId").asText()).isEqualTo(tom);
        assertThat(closed.at("/payload/resolvedBy").asText()).isEqualTo("admin-1");
        assertThat(closed.at("/payload/reason").asText()).endsWith(": Jessica's call: the dialer posted it under Tom");

        move(TestTokens.admin(), callId, Map.of("repId", jessica, "reason", "again")).statusCode(200)
                .body("repId", equalTo(jessica)).body("score.revision", equalTo(2));
        assertThat(ReviewFixtures.auditActions(callId).stream().filter("CALL_MOVED"::equals)).hasSize(1);
    }

    @Test
    void onlyAnAdminMovesAKnownCallToARepOnTheRoster() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String rep = unique("rep");
        String other = unique("rep");
        onRoster(other, team, null);
        String callId = postCall(type, rep, team, goodCallSegments());
        Map<String, Object> body = Map.of("repId", other, "reason", "wrong rep");

        move(TestTokens.coach("coach-move", team), callId, body).statusCode(403);
        move(TestTokens.rep(rep, team), callId, body).statusCode(403);
        move(TestTokens.admin(), "00000000-0000-0000-0000-000000000000", body).statusCode(404);
        for (Map<String, Object> bad : List.of(Map.<String, Object>of("reason", "wrong rep"), Map.<String, Object>of("repId", " ", "reason", "x"))) {
            move(TestTokens.admin(), callId, bad).statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("repId"));
        }
        for (Map<String, Object> bad : List.of(Map.<String, Object>of("repId", other), Map.<String, Object>of("repId", other, "reason", "x".repeat(501)))) {
            move(TestTokens.admin(), callId, bad).statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("reason"));
        }
        move(TestTokens.admin(), callId, Map.of("repId", unique("rep"), "reason", "wrong rep")).statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("repId"))
                .body("detail", containsString("not on the roster"));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + callId).then().statusCode(200)
                .body("repId", equalTo(rep)).body("score.revision", equalTo(1));

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("reason", "test call"))
                .when().post("/api/calls/" + callId + "/set-aside").then().statusCode(200);
        move(TestTokens.admin(), callId, body).statusCode(409).body("errors[0].field", equalTo("id"))
                .body("detail", containsString("SET_ASIDE"));
    }

    /**
     * Drafts of the call by a coach of the old team only are withdrawn when it moves to another team (their coach can no
     * longer open them); a draft by a coach of both teams stays; a withdrawn draft no longer changes.
     */
    @Test
    void draftsOfCoachesWhoDoNotCoachTheNewTeamAreWithdrawn() {
        String type = publishedDiscoveryType();
        String oldTeam = unique("team");
        String newTeam = unique("team");
        String rep = unique("rep");
        String otherRep = unique("rep");
        onRoster(otherRep, newTeam, null);
        String oldCoachId = unique("coach");
        String bothCoachId = unique("coach");
        for (Map.Entry<String, List<String>> coach : Map.of(oldCoachId, List.of(oldTeam), bothCoachId, List.of(oldTeam, newTeam)).entrySet()) {
            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("teams", coach.getValue()))
                    .when().put("/api/roster/coaches/" + coach.getKey()).then().statusCode(200);
        }
        String oldCoach = TestTokens.coach(oldCoachId, oldTeam);
        String bothCoach = TestTokens.coach(bothCoachId, oldTeam, newTeam);
        String callId = postCall(type, rep, oldTeam, callWithoutNextStep(), "2026-05-06T10:00:00Z");
        String oldDraft = startReview(oldCoach, callId);
        String bothDraft = startReview(bothCoach, callId);

        move(TestTokens.admin(), callId, Map.of("repId", otherRep, "reason", "another team's call")).statusCode(200);

        given().auth().oauth2(TestTokens.admin()).when().get("/api/reviews/" + oldDraft).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/reviews/" + bothDraft).then().statusCode(200)
                .body("status", equalTo("DRAFT"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("verdicts", List.of(), "summary", "still mine"))
                .when().put("/api/reviews/" + oldDraft).then().statusCode(403);
        given().auth().oauth2(TestTokens.coach(oldCoachId, oldTeam, newTeam)).contentType(ContentType.JSON)
                .body(Map.of("verdicts", List.of(), "summary", "still mine")).when().put("/api/reviews/" + oldDraft).then().statusCode(409)
                .body("detail", containsString("was withdrawn when its call moved to another team"));
        given().auth().oauth2(bothCoach).contentType(ContentType.JSON).body(Map.of("verdicts", List.of(), "summary", "carrying on"))
                .when().put("/api/reviews/" + bothDraft).then().statusCode(200);
        assertThat(ReviewFixtures.auditDetails(callId, "CALL_MOVED").path("withdrawnReviews").toString())
                .isEqualTo("[\"" + oldDraft + "\"]");
    }

    private static String startReview(String coachToken, String callId) {
        return given().auth().oauth2(coachToken).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/calls/" + callId + "/reviews").then().statusCode(201).extract().path("id");
    }

    /** The note that the participants name another rep than the roster's goes once the call is under the rep they name. */
    @Test
    void theWrongRepNoteGoesWhenTheCallMovesToTheRepTheParticipantsName() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String named = unique("rep");
        String rita = unique("rep");
        onRoster(named, team, "Nadia Novak");
        onRoster(rita, team, "Rita Rep");
        String callId = postCall(type, named, team, goodCallSegments());
        given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + callId).then()
                .body("statusReason", containsString("is not " + named + "'s name on the roster"));

        move(TestTokens.admin(), callId, Map.of("repId", rita, "reason", "Rita's call")).statusCode(200)
                .body("repId", equalTo(rita)).body("statusReason", nullValue());
    }

    private static void onRoster(String rep, String team, String name) {
        Map<String, Object> body = name == null ? Map.of("teamId", team) : Map.of("teamId", team, "displayName", name);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().put("/api/roster/reps/" + rep).then().statusCode(200);
    }

    private static ValidatableResponse move(String token, String callId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/calls/" + callId + "/move").then();
    }

    private static List<Object> verdicts(String callId) {
        return given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + callId + "/score").then().statusCode(200)
                .extract().path("behaviours.collect { [it.behaviourKey, it.verdict, it.confidence, it.evidence.size()] }");
    }
}
