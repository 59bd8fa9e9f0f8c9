package io.callreview.scorecard.review;

import com.fasterxml.jackson.databind.JsonNode;
import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.scorecard.fixtures.ReviewFixtures;
import io.callreview.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

import static io.callreview.scorecard.fixtures.CallFixtures.goodCallSegments;
import static io.callreview.scorecard.fixtures.CallFixtures.publishedDiscoveryType;
import static io.callreview.scorecard.fixtures.CallFixtures.unique;
import static io.callreview.scorecard.fixtures.ReviewFixtures.postCall;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ReviewTest {

    private static final String OVERRIDE = """
            {"verdicts": [
               {"behaviourKey": "qualification", "verdict": "MET", "comment": "Budget and timeline both covered."},
               {"behaviourKey": "next-steps", "verdict": "MISSED", "reason": "The demo was the prospect's idea; nothing was agreed."},
               {"behaviourKey": "agenda", "verdict": "MET"},
               {"behaviourKey": "objection-handling", "verdict": "NOT_APPLICABLE"}],
             "moments": [{"atMs": 1700000, "behaviourKey": "next-steps", "comment": "Propose a date here."},
                         {"atMs": 120000, "behaviourKey": "qualification", "comment": "Textbook budget question."}],
             "strengthBehaviourKey": "qualification", "focusBehaviourKey": "next-steps",
             "summary": "Strong discovery; close with a dated next step."}""";

    @Test
    void aReviewThatOverridesTheAutomaticGradePublishesRevisionTwoAndKeepsRevisionOne() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String rep = unique("rep");
        String callId = postCall(type, rep, team, goodCallSegments());
        String coach = TestTokens.coach("coach-ana", team);

        String reviewId = given().auth().oauth2(coach).when().post("/api/calls/" + callId + "/reviews")
                .then().statusCode(201)
                .header("Location", containsString("/api/reviews/"))
                .body("status", equalTo("DRAFT"))
                .body("startedFrom", equalTo("AUTOMATIC"))
                .body("baseRevision", equalTo(1))
                .body("behaviours.find { it.key == 'next-steps' }.automaticVerdict", equalTo("MET"))
                .body("behaviours.find { it.key == 'next-steps' }.verdict", equalTo("MET"))
                .body("behaviours.find { it.key == 'next-steps' }.automaticEvidence[0].quote", containsString("The next step is a demo"))
                .body("behaviours.find { it.key == 'next-steps' }.automaticRationale", startsWith("1 qualifying sentence"))
                .extract().path("id");

        // Overriding without a reason is refused, and the draft stays as it was.
        String withoutReason = OVERRIDE.replace("\"reason\": \"The demo was the prospect's idea; nothing was agreed.\"", "\"comment\": \"no\"");
        given().auth().oauth2(coach).contentType(ContentType.JSON).body(withoutReason)
                .when().put("/api/reviews/" + reviewId)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("verdicts[1].reason"));
        given().auth().oauth2(coach).when().get("/api/reviews/" + reviewId)
                .then().statusCode(200)
                .body("behaviours.find { it.key == 'next-steps' }.verdict", equalTo("MET"))
                .body("moments", hasSize(0));

        given().auth().oauth2(coach).contentType(ContentType.JSON).body(OVERRIDE)
                .when().put("/api/reviews/" + reviewId)
                .then().statusCode(200)
                .body("behaviours.find { it.key == 'next-steps' }.verdict", equalTo("MISSED"))
                .body("behaviours.find { it.key == 'next-steps' }.overridesAutomatic", equalTo(true))
                .body("behaviours.find { it.key == 'qualification' }.overridesAutomatic", equalTo(false))
                .body("moments.atMs", equalTo(List.of(120000, 1700000)));

        given().auth().oauth2(coach).when().post("/api/reviews/" + reviewId + "/finalize")
                .then().statusCode(200)
                .body("status", equalTo("FINALIZED"))
                .body("finalizedRevision", equalTo(2));

        given().auth().oauth2(TestTokens.rep(rep, team)).when().get("/api/calls/" + callId + "/scores")
                .then().statusCode(200)
                .body("revision", equalTo(List.of(1, 2)))
                .body("[0].scorer.kind", equalTo("AUTOMATIC"))
                .body("[0].overallScore", equalTo(100.0f))
                .body("[0].behaviours.find { it.key == 'next-steps' }.verdict", equalTo("MET"))
                .body("[1].scorer.kind", equalTo("COACH"))
                .body("[1].scorer.id", equalTo("coach-ana"))
                .body("[1].status", equalTo("REVIEWED"))
                .body("[1].overallScore", equalTo(60.0f))
                .body("[1].autoFailed", equalTo(true))
                .body("[1].behaviours.find { it.key == 'next-steps' }.verdict", equalTo("MISSED"))
                .body("[1].behaviours.find { it.key == 'next-steps' }.rationale", containsString("prospect's idea"))
                .body("[0].behaviours.find { it.key == 'qualification' }.evidence", hasSize(2))
                .body("[1].behaviours.find { it.key == 'qualification' }.evidence.quote",
                        equalTo(List.of("How much have you budgeted for this project?")))
                .body("[1].behaviours.find { it.key == 'next-steps' }.evidence.quote",
                        equalTo(List.of("Great. The next step is a demo with your team on Thursday.")))
                .body("[1].behaviours.find { it.key == 'agenda' }.evidence", hasSize(1))
                .body("[1].behaviours.find { it.key == 'qualification' }.rationale",
                        startsWith("2 qualifying sentences (2 needed)"))
                .body("[1].strengthBehaviourKey", equalTo("qualification"))
                .body("[1].comment", equalTo("Strong discovery; close with a dated next step."));
        given().auth().oauth2(coach).when().get("/api/calls/" + callId)
                .then().statusCode(200).body("status", equalTo("REVIEWED")).body("score.revision", equalTo(2));

        JsonNode event = ReviewFixtures.awaitCallScored(rep, callId, 2);
        assertThat(event.get("scorer").get("kind").asText()).isEqualTo("COACH");
        assertThat(event.get("scorer").get("id").asText()).isEqualTo("coach-ana");
        assertThat(event.get("overallScore").asDouble()).isEqualTo(60.0);
        assertThat(event.get("autoFailed").asBoolean()).isTrue();
        assertThat(event.get("strengthBehaviourKey").asText()).isEqualTo("qualification");
        assertThat(event.get("focusBehaviourKey").asText()).isEqualTo("next-steps");
        assertThat(event.get("moments")).hasSize(2);
        assertThat(event.get("moments").get(0).get("comment").asText()).isEqualTo("Textbook budget question.");
        assertThat(event.get("comment").asText()).as("the coach's summary, for the rep's feedback")
                .isEqualTo("Strong discovery; close with a dated next step.");
        assertThat(CallFixtures.behaviour(event, "next-steps").get("verdict").asText()).isEqualTo("MISSED");
        assertThat(CallFixtures.behaviour(event, "qualification").get("evidence")).as("the moment the coach pinned, for the rep's feedback")
                .singleElement().satisfies(e -> assertThat(e.get("startMs").asLong()).isEqualTo(120_000));

        List<String> actions = ReviewFixtures.auditActions(callId);
        assertThat(actions).filteredOn(action -> !action.equals("EXAMPLE_SUGGESTED"))
                .containsExactly("CALL_RECEIVED", "REVIEW_STARTED", "REVIEW_UPDATED", "VERDICT_OVERRIDDEN", "REVIEW_FINALIZED");
        assertThat(actions).as("the quotes the grader wrongly counted are suggested as counter-examples").contains("EXAMPLE_SUGGESTED");

        given().auth().oauth2(coach).when().post("/api/reviews/" + reviewId + "/finalize").then().statusCode(409);
        given().auth().oauth2(coach).contentType(ContentType.JSON).body(OVERRIDE)
                .when().put("/api/reviews/" + reviewId).then().statusCode(409);
    }

    @Test
    void onlyCoachesOfTheTeamReviewAndOnlyTheAuthorEditsTheDraft() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String rep = unique("rep");
        String callId = postCall(type, rep, team, goodCallSegments());
        String path = "/api/calls/" + callId + "/reviews";

        given().auth().oauth2(TestTokens.coach("coach-elsewhere", unique("team"))).when().post(path)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.rep(rep, team)).when().post(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.integration()).when().post(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.coach("coach-ana", team)).when().post("/api/calls/" + unique("nope") + "/reviews")
                .then().statusCode(404);

        String reviewId = given().auth().oauth2(TestTokens.coach("coach-ana", team)).when().post(path)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.coach("coach-ana", team)).when().post(path)
                .then().statusCode(409).body("detail", containsString(reviewId));
        given().auth().oauth2(TestTokens.coach("coach-elsewhere", unique("team"))).when().get("/api/reviews/" + reviewId)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.coach("coach-ben", team)).when().get("/api/reviews/" + reviewId)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.coach("coach-ben", team)).contentType(ContentType.JSON).body(OVERRIDE)
                .when().put("/api/reviews/" + reviewId).then().statusCode(403);
        given().auth().oauth2(TestTokens.coach("coach-ben", team)).when().post("/api/reviews/" + reviewId + "/finalize")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).when().get(path).then().statusCode(200).body("id", equalTo(List.of(reviewId)));
    }

    @Test
    void reviewingAgainstAnUnknownScorecardVersionIsRefusedAndStoresNothing() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String callId = postCall(type, unique("rep"), team, goodCallSegments());

        given().auth().oauth2(TestTokens.coach("coach-ana", team)).contentType(ContentType.JSON)
                .body(Map.of("startFrom", "AUTOMATIC", "scorecardVersion", 7))
                .when().post("/api/calls/" + callId + "/reviews")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("scorecardVersion"))
                .body("detail", containsString("has no scorecard version 7"));
        assertThat(reviewsOf(callId)).isZero();

        given().auth().oauth2(TestTokens.coach("coach-ana", team)).contentType(ContentType.JSON)
                .body(Map.of("startFrom", "SOMETIMES"))
                .when().post("/api/calls/" + callId + "/reviews")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("startFrom"));
        assertThat(reviewsOf(callId)).isZero();
    }

    @Test
    void draftsAreCheckedAgainstTheScorecardAndTheCall() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String callId = postCall(type, unique("rep"), team, goodCallSegments());
        String coach = TestTokens.coach("coach-ana", team);
        String reviewId = given().auth().oauth2(coach).contentType(ContentType.JSON).body(Map.of("startFrom", "BLANK"))
                .when().post("/api/calls/" + callId + "/reviews")
                .then().statusCode(201)
                .body("baseRevision", nullValue())
                .body("behaviours.verdict", equalTo(java.util.Arrays.asList(null, null, null, null)))
                .extract().path("id");
        String path = "/api/reviews/" + reviewId;

        put(coach, path, Map.of("verdicts", List.of(Map.of("behaviourKey", "rapport", "verdict", "MET"))), 400, "verdicts[0].behaviourKey");
        put(coach, path, Map.of("verdicts", List.of(Map.of("behaviourKey", "agenda", "verdict", "NEEDS_REVIEW"))), 400, "verdicts[0].verdict");
        put(coach, path, Map.of("verdicts", List.of(Map.of("behaviourKey", "agenda", "verdict", "NOT_APPLICABLE"))), 400, "verdicts[0].verdict");
        given().auth().oauth2(coach).contentType(ContentType.JSON).body(Map.of("verdicts", List.of(
                        Map.of("behaviourKey", "rapport", "verdict", "MET"),
                        Map.of("behaviourKey", "agenda", "verdict", "NOT_APPLICABLE"),
                        Map.of("behaviourKey", "qualification", "verdict", "NEEDS_REVIEW"))))
                .when().put(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("verdicts[0].behaviourKey", "verdicts[1].verdict", "verdicts[2].verdict")));
        put(coach, path, Map.of("verdicts", List.of(), "moments", List.of(Map.of("atMs", 1_800_001, "comment", "after the end"))), 400, "moments[0].atMs");
        put(coach, path, Map.of("verdicts", List.of(), "moments", List.of(Map.of("atMs", 5, "comment", " "))), 400, "moments[0].comment");
        put(coach, path, Map.of("verdicts", List.of(Map.of("behaviourKey", "agenda", "verdict", "MET")),
                "strengthBehaviourKey", "next-steps"), 400, "strengthBehaviourKey");

        given().auth().oauth2(coach).contentType(ContentType.JSON)
                .body(Map.of("verdicts", List.of(Map.of("behaviourKey", "agenda", "verdict", "MET"))))
                .when().put(path).then().statusCode(200);
        given().auth().oauth2(coach).when().post(path + "/finalize")
                .then().statusCode(422)
                .body("detail", containsString("qualification"))
                .body("errors.field", equalTo(List.of("verdicts", "verdicts", "verdicts")));
        given().auth().oauth2(coach).when().get("/api/calls/" + callId + "/scores").then().body("revision", equalTo(List.of(1)));
    }

    @Test
    void aMomentMayBeAnywhereInTheTranscriptThoughItRunsPastTheStatedDuration() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        Map<String, Object> body = new HashMap<>(CallFixtures.call(type, unique("rep"), team,
                CallFixtures.segmentsTranscript(goodCallSegments())));
        body.put("durationSeconds", 1_700);
        String callId = CallFixtures.postAndAwaitGraded(body);
        String coach = TestTokens.coach("coach-ana", team);
        String path = "/api/reviews/" + given().auth().oauth2(coach).when().post("/api/calls/" + callId + "/reviews")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(coach).contentType(ContentType.JSON)
                .body(Map.of("verdicts", List.of(), "moments", List.of(Map.of("atMs", 1_725_000, "comment", "Perfect close."))))
                .when().put(path).then().statusCode(200).body("moments.atMs", equalTo(List.of(1_725_000)));
        put(coach, path, Map.of("verdicts", List.of(), "moments", List.of(Map.of("atMs", 1_730_001, "comment", "after the end"))),
                400, "moments[0].atMs");
    }

    /** A rep's accepted dispute of the behaviour that failed the call: no longer queued as auto-failed beside a pass. */
    @Test
    void aCallADisputeNoLongerFailsLeavesTheAutoFailedPartOfTheQueue() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String rep = unique("rep");
        String coach = TestTokens.coach("coach-ana", team);
        String failed = postCall(type, rep, team, ReviewFixtures.callWithoutNextStep(), "2026-03-03T10:00:00Z");
        String item = "find { it.callId == '" + failed + "' }";
        float automaticScore = given().auth().oauth2(coach).queryParam("teamId", team).when().get("/api/review-queue")
                .then().statusCode(200).body(item + ".revision", equalTo(1)).body(item + ".autoFailed", equalTo(true))
                .body(item + ".reasons", org.hamcrest.Matchers.hasItem("AUTO_FAILED"))
                .extract().path(item + ".overallScore");

        acceptDispute(failed, rep, team, coach, "next-steps", "MET");

        // only the 10% sample, which its random id may fall into, still holds it, with the accepted dispute's score
        boolean sampled = crc32(failed) % 100 < 10;
        String all = "findAll { it.callId == '" + failed + "' }";
        given().auth().oauth2(coach).queryParam("teamId", team).when().get("/api/review-queue")
                .then().statusCode(200)
                .body(all + ".callId", equalTo(sampled ? List.of(failed) : List.of()))
                .body(all + ".reasons.flatten()", equalTo(sampled ? List.of("SAMPLE") : List.of()))
                .body(all + ".autoFailed", equalTo(sampled ? List.of(false) : List.of()))
                .body(all + ".revision", equalTo(sampled ? List.of(2) : List.of()));
        float disputedScore = given().auth().oauth2(coach).when().get("/api/calls/" + failed)
                .then().statusCode(200).extract().path("score.overallScore");
        assertThat(disputedScore).isGreaterThan(automaticScore);
    }

    /** Accepted disputes that decide a doubtful grade's behaviours: the queue keeps only the doubt that remains. */
    @Test
    void aDisputeThatDecidesADoubtfulBehaviourTakesItsDoubtOutOfTheQueue() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String rep = unique("rep");
        String coach = TestTokens.coach("coach-ana", team);
        String unsure = postCall(type, rep, team, unknownSpeakers(), "2026-03-05T10:00:00Z");
        String item = "find { it.callId == '" + unsure + "' }";
        List<String> doubts = given().auth().oauth2(coach).queryParam("teamId", team).when().get("/api/review-queue")
                .then().statusCode(200).body(item + ".reasons[0]", equalTo("NEEDS_REVIEW"))
                .extract().path(item + ".doubtfulBehaviours");
        assertThat(doubts).as("speakers nobody could place leave verdicts in doubt").hasSizeGreaterThan(1);
        JsonPath automatic = given().auth().oauth2(coach).when().get("/api/calls/" + unsure + "/score")
                .then().statusCode(200).extract().jsonPath();
        // a dispute asks for another verdict than the one given: a doubtful MET is overturned to MISSED
        Function<String, String> overturned = key -> "MET".equals(
                automatic.getString("behaviours.find { it.key == '" + key + "' }.verdict")) ? "MISSED" : "MET";

        acceptDispute(unsure, rep, team, coach, doubts.get(0), overturned.apply(doubts.get(0)));
        given().auth().oauth2(coach).queryParam("teamId", team).when().get("/api/review-queue")
                .then().statusCode(200).body(item + ".revision", equalTo(2))
                .body(item + ".doubtfulBehaviours", equalTo(doubts.subList(1, doubts.size())));

        for (String behaviour : doubts.subList(1, doubts.size())) {
            acceptDispute(unsure, rep, team, coach, behaviour, overturned.apply(behaviour));
        }
        boolean sampled = crc32(unsure) % 100 < 10;
        String all = "findAll { it.callId == '" + unsure + "' }";
        given().auth().oauth2(coach).queryParam("teamId", team).when().get("/api/review-queue")
                .then().statusCode(200)
                .body(all + ".reasons.flatten()", equalTo(sampled ? List.of("SAMPLE") : List.of()))
                .body(all + ".doubtfulBehaviours.flatten()", equalTo(List.of()));
    }

    private static void acceptDispute(String callId, String rep, String team, String coach, String behaviour, String verdict) {
        String disputeId = given().auth().oauth2(TestTokens.rep(rep, team)).contentType(ContentType.JSON)
                .body(Map.of("behaviourKey", behaviour, "comment", "I did this one."))
                .when().post("/api/calls/" + callId + "/disputes").then().statusCode(201).extract().path("id");
        given().auth().oauth2(coach).contentType(ContentType.JSON)
                .body(Map.of("outcome", "ACCEPTED", "verdict", verdict, "reason", "Heard it on the recording."))
                .when().post("/api/disputes/" + disputeId + "/resolution").then().statusCode(200);
    }

    @Test
    void theQueueHoldsUnreviewedCallsThatNeedAnEyeAndADeterministicSample() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String coach = TestTokens.coach("coach-ana", team);
        String failedRep = unique("rep");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("teamId", team, "displayName", "Flo Fenwick")).when().put("/api/roster/reps/" + failedRep)
                .then().statusCode(200);
        String failed = postCall(type, failedRep, team, ReviewFixtures.callWithoutNextStep(), "2026-03-03T10:00:00Z");
        String unsure = postCall(type, unique("rep"), team, unknownSpeakers(), "2026-03-04T10:00:00Z");
        JsonPath unsureScore = given().auth().oauth2(coach).when().get("/api/calls/" + unsure + "/score")
                .then().body("reviewRequired", equalTo(true)).extract().jsonPath();
        List<Float> unsureConfidences = unsureScore.getList("behaviours.confidence", Float.class);
        List<String> unsureDoubts = unsureScore.getList("behaviours.findAll { it.verdict == 'NEEDS_REVIEW' || it.confidence < 0.75 }.key",
                String.class);
        assertThat(unsureDoubts).as("speakers nobody could place leave verdicts in doubt").isNotEmpty();
        List<String> good = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            good.add(postCall(type, unique("rep"), team, goodCallSegments(), "2026-03-02T1" + (i % 10) + ":00:00Z"));
        }
        List<String> sampled = good.stream().filter(id -> crc32(id) % 100 < 10).toList();

        List<String> queued = given().auth().oauth2(coach).queryParam("teamId", team).when().get("/api/review-queue")
                .then().statusCode(200).extract().path("callId");
        assertThat(queued.subList(0, 2)).containsExactly(unsure, failed);
        assertThat(queued.subList(2, queued.size())).containsExactlyInAnyOrderElementsOf(sampled);
        // Each urgency is read on its own, newest first, until the limit is reached: a limit ends inside the first or the second.
        assertThat(given().auth().oauth2(coach).queryParam("teamId", team).queryParam("limit", 1).when().get("/api/review-queue")
                .then().statusCode(200).extract().<List<String>>path("callId")).containsExactly(unsure);
        assertThat(given().auth().oauth2(coach).queryParam("teamId", team).queryParam("limit", 2).when().get("/api/review-queue")
                .then().statusCode(200).extract().<List<String>>path("callId")).containsExactly(unsure, failed);
        // The auto-failed call's random id can also fall into the 10% sample: then it carries both reasons.
        List<String> failedReasons = crc32(failed) % 100 < 10 ? List.of("AUTO_FAILED", "SAMPLE") : List.of("AUTO_FAILED");
        List<String> reasons = given().auth().oauth2(coach).queryParam("teamId", team).when().get("/api/review-queue")
                .then().body("find { it.callId == '" + unsure + "' }.reasons[0]", equalTo("NEEDS_REVIEW"))
                .body("find { it.callId == '" + unsure + "' }.lowestConfidence", equalTo(unsureConfidences.stream().min(Float::compare).orElseThrow()))
                .body("find { it.callId == '" + unsure + "' }.doubtfulBehaviours", equalTo(unsureDoubts))
                .body("find { it.callId == '" + unsure + "' }.repName", nullValue())
                .body("find { it.callId == '" + failed + "' }.repName", equalTo("Flo Fenwick"))
                .extract().path("find { it.callId == '" + failed + "' }.reasons");
        assertThat(reasons).containsExactlyInAnyOrderElementsOf(failedReasons);

        ReviewFixtures.review(failed, coach, Map.of("qualification", "MET", "next-steps", "MISSED", "agenda", "MET",
                "objection-handling", "NOT_APPLICABLE"));
        List<String> after = given().auth().oauth2(coach).queryParam("teamId", team).queryParam("callType", type)
                .when().get("/api/review-queue").then().statusCode(200).extract().path("callId");
        assertThat(after).doesNotContain(failed).contains(unsure);
        given().auth().oauth2(coach).queryParam("teamId", team).queryParam("callType", "other-type")
                .when().get("/api/review-queue").then().statusCode(200).body("", hasSize(0));

        given().auth().oauth2(TestTokens.coach("coach-elsewhere", unique("team"))).queryParam("teamId", team)
                .when().get("/api/review-queue").then().statusCode(404);
        List<String> elsewhere = given().auth().oauth2(TestTokens.coach("coach-elsewhere", unique("team")))
                .when().get("/api/review-queue").then().statusCode(200).extract().path("callId");
        assertThat(elsewhere).doesNotContain(unsure);
    }

    private static List<Map<String, Object>> unknownSpeakers() {
        return goodCallSegments().stream().map(s -> {
            Map<String, Object> copy = new java.util.HashMap<>(s);
            copy.put("speaker", "Rita Rep".equals(s.get("speaker")) ? "Speaker 1" : "Speaker 2");
            return (Map<String, Object>) copy;
        }).toList();
    }

    private static long crc32(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    private static void put(String token, String path, Map<String, Object> body, int status, String field) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().put(path)
                .then().statusCode(status).contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    private static long reviewsOf(String callId) {
        return QuarkusTransaction.requiringNew().call(() -> CallReview.count("call.id", callId));
    }
}
