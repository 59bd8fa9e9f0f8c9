package io.callreview.scorecard.dispute;

import com.fasterxml.jackson.databind.JsonNode;
import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.scorecard.fixtures.ReviewFixtures;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.callreview.scorecard.fixtures.CallFixtures.goodCallSegments;
import static io.callreview.scorecard.fixtures.CallFixtures.publishedDiscoveryType;
import static io.callreview.scorecard.fixtures.CallFixtures.unique;
import static io.callreview.scorecard.fixtures.ReviewFixtures.postCall;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class DisputeTest {

    private static final Map<String, String> NEXT_STEPS_MISSED = Map.of("qualification", "MET", "next-steps", "MISSED",
            "agenda", "MET", "objection-handling", "NOT_APPLICABLE");

    @Test
    void aDisputeSaysWhetherItsBehaviourMayBeNotApplicable() {
        String team = unique("team");
        String rep = unique("rep");
        String callId = postCall(publishedDiscoveryType(), rep, team, goodCallSegments());
        assertThat(ReviewFixtures.review(callId, TestTokens.coach("coach-ana", team), NEXT_STEPS_MISSED, Map.of())).isEqualTo(2);

        given().auth().oauth2(TestTokens.rep(rep, team)).contentType(ContentType.JSON)
                .body(Map.of("behaviourKey", "objection-handling", "comment", "The customer did raise the price at 12:40."))
                .when().post("/api/calls/" + callId + "/disputes")
                .then().statusCode(201)
                .body("disputedVerdict", equalTo("NOT_APPLICABLE"))
                .body("naAllowed", equalTo(true));
    }

    @Test
    void anAcceptedDisputeChangesTheVerdictInRevisionThree() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String rep = unique("rep");
        String repToken = TestTokens.rep(rep, team);
        String coach = TestTokens.coach("coach-ana", team);
        String callId = postCall(type, rep, team, goodCallSegments());
        assertThat(ReviewFixtures.review(callId, coach, NEXT_STEPS_MISSED,
                Map.of("next-steps", "Name a date before you hang up."))).isEqualTo(2);

        given().auth().oauth2(repToken).when().post("/api/calls/" + callId + "/acknowledgement")
                .then().statusCode(200).body("revision", equalTo(2));
        String acknowledgedAt = given().auth().oauth2(repToken).when().post("/api/calls/" + callId + "/acknowledgement")
                .then().statusCode(200).body("revision", equalTo(2)).extract().path("acknowledgedAt");
        assertThat(acknowledgedAt).isNotBlank();

        String disputeId = given().auth().oauth2(repToken).contentType(ContentType.JSON)
                .body(Map.of("behaviourKey", "next-steps", "comment", "We agreed on a demo on Thursday at 28:20."))
                .when().post("/api/calls/" + callId + "/disputes")
                .then().statusCode(201)
                .header("Location", containsString("/api/disputes/"))
                .body("status", equalTo("OPEN"))
                .body("revision", equalTo(2))
                .body("disputedVerdict", equalTo("MISSED"))
                .body("naAllowed", equalTo(false))
                .extract().path("id");
        given().auth().oauth2(coach).queryParam("status", "OPEN").queryParam("teamId", team).when().get("/api/disputes")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(disputeId));

        given().auth().oauth2(coach).contentType(ContentType.JSON)
                .body(Map.of("outcome", "ACCEPTED", "verdict", "MET", "reason", "Right: the demo date was agreed at 28:20."))
                .when().post("/api/disputes/" + disputeId + "/resolution")
                .then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("resolution.verdict", equalTo("MET"))
                .body("resolution.resolvedBy", equalTo("coach-ana"))
                .body("resolution.resultingRevision", equalTo(3));

        given().auth().oauth2(repToken).when().get("/api/calls/" + callId + "/scores")
                .then().statusCode(200)
                .body("revision", equalTo(List.of(1, 2, 3)))
                .body("[1].behaviours.find { it.key == 'next-steps' }.verdict", equalTo("MISSED"))
                .body("[2].scorer.id", equalTo("coach-ana"))
                .body("[2].disputeId", equalTo(disputeId))
                .body("[1].disputeId", nullValue())
                .body("[2].behaviours.find { it.key == 'next-steps' }.verdict", equalTo("MET"))
                .body("[2].behaviours.find { it.key == 'next-steps' }.rationale", containsString("dispute accepted"))
                .body("[1].behaviours.find { it.key == 'next-steps' }.comment", equalTo("Name a date before you hang up."))
                .body("[2].behaviours.find { it.key == 'next-steps' }.comment", nullValue())
                .body("[2].overallScore", equalTo(100.0f))
                .body("[2].autoFailed", equalTo(false));
        JsonNode event = ReviewFixtures.awaitCallScored(rep, callId, 3);
        assertThat(event.get("scorer").get("kind").asText()).isEqualTo("COACH");
        assertThat(CallFixtures.behaviour(event, "next-steps").get("verdict").asText()).isEqualTo("MET");
        assertThat(event.get("autoFailed").asBoolean()).isFalse();
        assertThat(event.get("disputeId").asText()).isEqualTo(disputeId);
        JsonNode resolved = ReviewFixtures.awaitDisputeResolved(rep, disputeId);
        assertThat(resolved.get("outcome").asText()).isEqualTo("ACCEPTED");
        assertThat(resolved.get("resolvedVerdict").asText()).isEqualTo("MET");
        assertThat(resolved.get("resultingRevision").asInt()).isEqualTo(3);
        assertThat(resolved.get("behaviourQuestion").asText()).isEqualTo("Does the rep do next-steps?");

        assertThat(ReviewFixtures.auditActions(callId)).endsWith("SCORE_ACKNOWLEDGED", "DISPUTE_OPENED", "DISPUTE_RESOLVED");
        given().auth().oauth2(coach).contentType(ContentType.JSON).body(Map.of("outcome", "REJECTED", "reason", "changed my mind"))
                .when().post("/api/disputes/" + disputeId + "/resolution")
                .then().statusCode(409);
    }

    @Test
    void aRejectedDisputeIsLockedAndChangesNothing() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String rep = unique("rep");
        String repToken = TestTokens.rep(rep, team);
        String coach = TestTokens.coach("coach-ana", team);
        String callId = postCall(type, rep, team, goodCallSegments());
        Map<String, String> dispute = Map.of("behaviourKey", "agenda", "comment", "I never set an agenda, this is too generous.");
        String disputeId = given().auth().oauth2(repToken).contentType(ContentType.JSON).body(dispute)
                .when().post("/api/calls/" + callId + "/disputes").then().statusCode(201).extract().path("id");

        given().auth().oauth2(coach).contentType(ContentType.JSON).body(Map.of("outcome", "REJECTED"))
                .when().post("/api/disputes/" + disputeId + "/resolution")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(coach).contentType(ContentType.JSON).body(Map.of("outcome", "REJECTED", "reason", "  "))
                .when().post("/api/disputes/" + disputeId + "/resolution")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(coach).contentType(ContentType.JSON)
                .body(Map.of("outcome", "REJECTED", "reason", "The agenda at 0:05 counts: it names the topics."))
                .when().post("/api/disputes/" + disputeId + "/resolution")
                .then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("resolution.reason", equalTo("The agenda at 0:05 counts: it names the topics."))
                .body("resolution.resultingRevision", nullValue());

        given().auth().oauth2(coach).contentType(ContentType.JSON)
                .body(Map.of("outcome", "ACCEPTED", "verdict", "MISSED", "reason", "on second thought"))
                .when().post("/api/disputes/" + disputeId + "/resolution")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("locked"));
        given().auth().oauth2(repToken).contentType(ContentType.JSON).body(dispute)
                .when().post("/api/calls/" + callId + "/disputes")
                .then().statusCode(409).body("detail", containsString("REJECTED"));
        given().auth().oauth2(repToken).when().get("/api/calls/" + callId + "/scores").then().body("revision", equalTo(List.of(1)));
        given().auth().oauth2(repToken).when().get("/api/disputes/" + disputeId).then().statusCode(200).body("status", equalTo("REJECTED"));
        JsonNode resolved = ReviewFixtures.awaitDisputeResolved(rep, disputeId);
        assertThat(resolved.get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(resolved.get("reason").asText()).isEqualTo("The agenda at 0:05 counts: it names the topics.");
        assertThat(resolved.get("resolvedVerdict").isNull()).isTrue();
        assertThat(resolved.get("callType").asText()).isEqualTo(type);
    }

    @Test
    void aPartiallyAcceptedDisputeKeepsTheVerdictWithTheCoachsNote() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String rep = unique("rep");
        String callId = postCall(type, rep, team, goodCallSegments());
        String disputeId = given().auth().oauth2(TestTokens.rep(rep, team)).contentType(ContentType.JSON)
                .body(Map.of("behaviourKey", "qualification", "comment", "Timeline questions should count double."))
                .when().post("/api/calls/" + callId + "/disputes").then().statusCode(201).extract().path("id");
        String coach = TestTokens.coach("coach-ana", team);

        given().auth().oauth2(coach).contentType(ContentType.JSON).body(Map.of("outcome", "OPEN", "reason", "not yet"))
                .when().post("/api/disputes/" + disputeId + "/resolution")
                .then().statusCode(400).body("errors[0].field", equalTo("outcome"))
                .body("errors[0].message", equalTo("must be one of [ACCEPTED, PARTIALLY_ACCEPTED, REJECTED]"));
        given().auth().oauth2(coach).contentType(ContentType.JSON)
                .body(Map.of("outcome", "PARTIALLY_ACCEPTED", "verdict", "MISSED", "reason", "fair point"))
                .when().post("/api/disputes/" + disputeId + "/resolution")
                .then().statusCode(400).body("errors[0].field", equalTo("verdict"));
        given().auth().oauth2(coach).contentType(ContentType.JSON).body(Map.of("outcome", "ACCEPTED"))
                .when().post("/api/disputes/" + disputeId + "/resolution")
                .then().statusCode(400).body("errors[0].field", equalTo("verdict"));
        given().auth().oauth2(coach).contentType(ContentType.JSON).body(Map.of("outcome", "ACCEPTED", "verdict", "MET"))
                .when().post("/api/disputes/" + disputeId + "/resolution")
                .then().statusCode(422).body("errors[0].field", equalTo("verdict"));
        given().auth().oauth2(coach).contentType(ContentType.JSON)
                .body(Map.of("outcome", "PARTIALLY_ACCEPTED", "reason", "The guidance will say how timeline questions count."))
                .when().post("/api/disputes/" + disputeId + "/resolution")
                .then().statusCode(200).body("status", equalTo("PARTIALLY_ACCEPTED")).body("resolution.verdict", nullValue());
        given().auth().oauth2(coach).when().get("/api/calls/" + callId + "/scores").then().body("revision", equalTo(List.of(1)));
    }

    @Test
    void onlyTheRepOfTheCallAcknowledgesOrDisputesAndOnlyCoachesOfTheTeamResolve() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String rep = unique("rep");
        String callId = postCall(type, rep, team, goodCallSegments());
        Map<String, String> dispute = Map.of("behaviourKey", "agenda", "comment", "Please look again.");
        String otherRep = TestTokens.rep(unique("rep"), team);

        given().auth().oauth2(otherRep).contentType(ContentType.JSON).body(dispute)
                .when().post("/api/calls/" + callId + "/disputes")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(otherRep).when().post("/api/calls/" + callId + "/acknowledgement").then().statusCode(404);
        given().auth().oauth2(TestTokens.coach("coach-ana", team)).contentType(ContentType.JSON).body(dispute)
                .when().post("/api/calls/" + callId + "/disputes").then().statusCode(403);
        given().auth().oauth2(TestTokens.coach("coach-ana", team)).when().post("/api/calls/" + callId + "/acknowledgement")
                .then().statusCode(403);

        // an enum query parameter reads in any case; a value it does not have is named, not a bare 404
        given().auth().oauth2(TestTokens.coach("coach-ana", team)).queryParam("status", "open").queryParam("teamId", team)
                .when().get("/api/disputes").then().statusCode(200);
        given().auth().oauth2(TestTokens.coach("coach-ana", team)).queryParam("status", "pending").queryParam("teamId", team)
                .when().get("/api/disputes").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status")).body("errors[0].message", containsString("OPEN"));
        given().auth().oauth2(TestTokens.coach("coach-ana", team)).queryParam("size", "twenty").queryParam("teamId", team)
                .when().get("/api/disputes").then().statusCode(400).body("errors[0].field", equalTo("size"));

        String repToken = TestTokens.rep(rep, team);
        given().auth().oauth2(repToken).contentType(ContentType.JSON).body(Map.of("behaviourKey", "agenda"))
                .when().post("/api/calls/" + callId + "/disputes")
                .then().statusCode(400).body("errors[0].field", equalTo("comment"));
        given().auth().oauth2(repToken).contentType(ContentType.JSON).body(Map.of("behaviourKey", "rapport", "comment", "?"))
                .when().post("/api/calls/" + callId + "/disputes")
                .then().statusCode(400).body("errors[0].field", equalTo("behaviourKey"));
        String disputeId = given().auth().oauth2(repToken).contentType(ContentType.JSON).body(dispute)
                .when().post("/api/calls/" + callId + "/disputes").then().statusCode(201).extract().path("id");
        given().auth().oauth2(repToken).contentType(ContentType.JSON).body(dispute)
                .when().post("/api/calls/" + callId + "/disputes").then().statusCode(409).body("detail", containsString("open"));

        Map<String, String> rejection = Map.of("outcome", "REJECTED", "reason", "no");
        given().auth().oauth2(TestTokens.coach("coach-elsewhere", unique("team"))).contentType(ContentType.JSON).body(rejection)
                .when().post("/api/disputes/" + disputeId + "/resolution").then().statusCode(404);
        given().auth().oauth2(repToken).contentType(ContentType.JSON).body(rejection)
                .when().post("/api/disputes/" + disputeId + "/resolution").then().statusCode(403);
        given().auth().oauth2(otherRep).when().get("/api/disputes/" + disputeId).then().statusCode(404);
        given().auth().oauth2(TestTokens.coach("coach-elsewhere", unique("team"))).when().get("/api/disputes/" + disputeId)
                .then().statusCode(404);
        given().auth().oauth2(otherRep).queryParam("callId", callId).when().get("/api/disputes")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(repToken).queryParam("callId", callId).when().get("/api/disputes")
                .then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(TestTokens.coach("coach-elsewhere", unique("team"))).queryParam("callId", callId)
                .when().get("/api/disputes").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(repToken).when().get("/api/disputes/" + disputeId).then().statusCode(200).body("status", equalTo("OPEN"));
    }
}
