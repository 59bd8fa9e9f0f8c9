package io.callreview.scorecard.suggestion;

import com.fasterxml.jackson.databind.JsonNode;
import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.scorecard.fixtures.ReviewFixtures;
import io.callreview.scorecard.fixtures.ScorecardFixtures;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Coaches' overrides teach the grader: their moments and the grader's wrong quotes become suggestions for the scorecard. */
@QuarkusTest
class ExampleSuggestionTest {

    private static final String MISSED_BY_GRADER = "I love the view from your office, by the way.";
    /** The sentence of its segment that the grader counted, as it quotes it. */
    private static final String WRONGLY_COUNTED = "I'll send the proposal over and we'll find a time next week.";

    @Test
    void overridesBecomeSuggestionsThatAnAdminAcceptsIntoTheNextDraft() {
        String type = starterType();
        String rep = CallFixtures.unique("rep");
        String callId = ReviewFixtures.postCall(type, rep, "team-east", segments());
        String coach = TestTokens.coach("coach-suggest", "team-east");

        String reviewId = given().auth().oauth2(coach).when().post("/api/calls/" + callId + "/reviews")
                .then().statusCode(201).extract().path("id");
        JsonPath review = given().auth().oauth2(coach).when().get("/api/reviews/" + reviewId).then().statusCode(200).extract().jsonPath();
        assertThat(review.getString("behaviours.find { it.key == 'process-steps' }.automaticVerdict")).isNotEqualTo("MET");
        assertThat(review.getString("behaviours.find { it.key == 'next-steps' }.automaticVerdict")).isEqualTo("MET");
        List<Map<String, Object>> verdicts = new ArrayList<>();
        for (String key : List.of("qualification", "right-people", "product-coverage")) {
            verdicts.add(Map.of("behaviourKey", key, "verdict", review.getString("behaviours.find { it.key == '" + key + "' }.automaticVerdict")
                    .replace("NEEDS_REVIEW", "MISSED"), "reason", "as graded"));
        }
        verdicts.add(Map.of("behaviourKey", "process-steps", "verdict", "MET", "reason", "an icebreaker counts in our process"));
        verdicts.add(Map.of("behaviourKey", "next-steps", "verdict", "MISSED", "reason", "no time was agreed"));
        given().auth().oauth2(coach).contentType(ContentType.JSON).body(Map.of("verdicts", verdicts, "moments", List.of(
                        Map.of("atMs", 62_000, "behaviourKey", "process-steps", "comment", "This warmed Paul up."))))
                .when().put("/api/reviews/" + reviewId).then().statusCode(200);
        given().auth().oauth2(coach).when().post("/api/reviews/" + reviewId + "/finalize").then().statusCode(200);

        JsonPath pending = given().auth().oauth2(TestTokens.admin()).queryParam("status", "PENDING")
                .when().get("/api/call-types/" + type + "/example-suggestions").then().statusCode(200).extract().jsonPath();
        assertThat(pending.getList("$")).hasSize(2);
        String example = pending.getString("find { it.kind == 'EXAMPLE' }.id");
        assertThat(pending.getString("find { it.kind == 'EXAMPLE' }.text")).isEqualTo(MISSED_BY_GRADER);
        assertThat(pending.getString("find { it.kind == 'EXAMPLE' }.behaviourKey")).isEqualTo("process-steps");
        assertThat(pending.getString("find { it.kind == 'EXAMPLE' }.reason")).isEqualTo("an icebreaker counts in our process");
        String counter = pending.getString("find { it.kind == 'COUNTER_EXAMPLE' }.id");
        assertThat(pending.getString("find { it.kind == 'COUNTER_EXAMPLE' }.text")).isEqualTo(WRONGLY_COUNTED);
        assertThat(pending.getString("find { it.kind == 'COUNTER_EXAMPLE' }.behaviourKey")).isEqualTo("next-steps");

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("ids", List.of(example, counter)))
                .when().post("/api/call-types/" + type + "/example-suggestions/acceptance")
                .then().statusCode(200).body("draftVersion", equalTo(2)).body("accepted.status", equalTo(List.of("ACCEPTED", "ACCEPTED")));
        JsonPath draft = given().auth().oauth2(TestTokens.admin()).when().get("/api/call-types/" + type + "/scorecards/2")
                .then().statusCode(200).body("status", equalTo("DRAFT")).extract().jsonPath();
        assertThat(draft.getList("behaviours.find { it.key == 'process-steps' }.detection.examples", String.class)).contains(MISSED_BY_GRADER);
        assertThat(draft.getList("behaviours.find { it.key == 'next-steps' }.detection.counterExamples", String.class)).contains(WRONGLY_COUNTED);
        given().auth().oauth2(TestTokens.admin()).queryParam("from", 1).queryParam("to", 2)
                .when().get("/api/call-types/" + type + "/scorecards/diff")
                .then().statusCode(200).body("changed.find { it.key == 'process-steps' }.changes.field", equalTo(List.of("detection.examples")));

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("ids", List.of(example)))
                .when().post("/api/call-types/" + type + "/example-suggestions/acceptance")
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(ReviewFixtures.auditActions(callId)).contains("EXAMPLE_SUGGESTED", "EXAMPLE_ACCEPTED");
    }

    @Test
    void whatSetOffAPreconditionTheCoachFoundNotApplicableIsSuggestedAsItsCounterExample() {
        String type = ScorecardFixtures.newCallType();
        given().auth().oauth2(TestTokens.admin()).queryParam("template", "renewal")
                .when().post("/api/call-types/" + type + "/scorecards/starter").then().statusCode(201);
        given().auth().oauth2(TestTokens.admin()).when().post("/api/call-types/" + type + "/scorecards/1/publish").then().statusCode(200);
        // the starter's counter-examples already keep "No concerns on our side, the team uses it every day" out
        String noConcern = "Not really a concern, we're just busy with the move.";
        String callId = ReviewFixtures.postCall(type, CallFixtures.unique("rep"), "team-east", List.of(
                CallFixtures.segment("Rita Rep", 60_000, 66_000, "Thanks for making time for the renewal check-in today."),
                CallFixtures.segment("Paul Prospect", 67_000, 75_000, noConcern),
                CallFixtures.segment("Rita Rep", 600_000, 610_000, "Great. Shall we get the paperwork signed by Friday?"),
                CallFixtures.segment("Paul Prospect", 611_000, 640_000, "Yes, send it to me and I'll sign it.")));
        String automatic = given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + callId + "/score").then().statusCode(200)
                .extract().path("behaviours.find { it.key == 'objection-handling' }.verdict");
        assertThat(automatic).as("the phrase 'concern' makes it apply").isNotEqualTo("NOT_APPLICABLE");

        String coach = TestTokens.coach("coach-suggest", "team-east");
        JsonPath review = given().auth().oauth2(coach).when().post("/api/calls/" + callId + "/reviews").then().statusCode(201)
                .extract().jsonPath();
        List<Map<String, Object>> verdicts = new ArrayList<>();
        for (Map<String, Object> behaviour : review.<Map<String, Object>>getList("behaviours")) {
            String key = (String) behaviour.get("key");
            String verdict = key.equals("objection-handling") ? "NOT_APPLICABLE"
                    : ((String) behaviour.get("automaticVerdict")).replace("NEEDS_REVIEW", "MISSED");
            verdicts.add(Map.of("behaviourKey", key, "verdict", verdict, "reason", "no objection was raised"));
        }
        String reviewId = review.getString("id");
        given().auth().oauth2(coach).contentType(ContentType.JSON).body(Map.of("verdicts", verdicts))
                .when().put("/api/reviews/" + reviewId).then().statusCode(200);
        given().auth().oauth2(coach).when().post("/api/reviews/" + reviewId + "/finalize").then().statusCode(200);

        JsonPath pending = given().auth().oauth2(TestTokens.admin()).queryParam("behaviourKey", "objection-handling")
                .when().get("/api/call-types/" + type + "/example-suggestions").then().statusCode(200).extract().jsonPath();
        assertThat(pending.getList("kind", String.class)).containsExactly("PRECONDITION_COUNTER_EXAMPLE");
        assertThat(pending.getString("[0].text")).isEqualTo(noConcern);

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("ids", List.of(pending.getString("[0].id"))))
                .when().post("/api/call-types/" + type + "/example-suggestions/acceptance").then().statusCode(200);
        JsonPath draft = given().auth().oauth2(TestTokens.admin()).when().get("/api/call-types/" + type + "/scorecards/2")
                .then().statusCode(200).extract().jsonPath();
        assertThat(draft.getList("behaviours.find { it.key == 'objection-handling' }.detection.applicableWhen.counterExamples",
                String.class)).endsWith(noConcern).doesNotHaveDuplicates();
        given().auth().oauth2(TestTokens.admin()).when().post("/api/call-types/" + type + "/scorecards/2/publish").then().statusCode(200);
        String regraded = given().auth().oauth2(TestTokens.admin()).when().get("/api/calls/" + ReviewFixtures.postCall(type,
                        CallFixtures.unique("rep"), "team-east", List.of(
                                CallFixtures.segment("Rita Rep", 60_000, 66_000, "Thanks for making time for the renewal check-in today."),
                                CallFixtures.segment("Paul Prospect", 67_000, 75_000, noConcern),
                                CallFixtures.segment("Rita Rep", 600_000, 610_000, "Great. Shall we get the paperwork signed by Friday?"),
                                CallFixtures.segment("Paul Prospect", 611_000, 640_000, "Yes, send it to me and I'll sign it.")))
                        + "/score").then().statusCode(200)
                .extract().path("behaviours.find { it.key == 'objection-handling' }.verdict");
        assertThat(regraded).as("taught, the same words no longer make it apply").isEqualTo("NOT_APPLICABLE");
    }

    @Test
    void aRejectedSuggestionStaysOutOfTheScorecard() {
        String type = starterType();
        String rep = CallFixtures.unique("rep");
        String callId = ReviewFixtures.postCall(type, rep, "team-east", segments());
        ReviewFixtures.review(callId, TestTokens.coach("coach-reject", "team-east"), Map.of("process-steps", "MISSED",
                "qualification", "MET", "right-people", "MISSED", "next-steps", "MISSED", "product-coverage", "MISSED"));
        List<String> examples = given().auth().oauth2(TestTokens.admin()).when().get("/api/call-types/" + type + "/scorecards/1")
                .then().statusCode(200).extract().jsonPath().getList("behaviours.find { it.key == 'next-steps' }.detection.examples", String.class);
        JsonNode nextSteps = CallFixtures.behaviour(ReviewFixtures.awaitCallScored(rep, callId, 2), "next-steps");
        List<String> carried = new ArrayList<>();
        nextSteps.get("examples").forEach(example -> carried.add(example.asText()));
        assertThat(carried).as("a few of the scorecard's examples, for training units").isNotEmpty()
                .isEqualTo(examples.subList(0, Math.min(5, examples.size())));
        String id = given().auth().oauth2(TestTokens.admin()).queryParam("behaviourKey", "next-steps")
                .when().get("/api/call-types/" + type + "/example-suggestions").then().statusCode(200)
                .body("kind", equalTo(List.of("COUNTER_EXAMPLE"))).extract().path("[0].id");

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("reason", "a date was agreed after all"))
                .when().post("/api/call-types/" + type + "/example-suggestions/" + id + "/rejection")
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("decidedBy", equalTo("admin-1"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("ids", List.of(id)))
                .when().post("/api/call-types/" + type + "/example-suggestions/acceptance")
                .then().statusCode(409);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/call-types/" + type + "/scorecards")
                .then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void badRequestsAreRefusedNamingTheField() {
        String type = starterType();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("ids", List.of()))
                .when().post("/api/call-types/" + type + "/example-suggestions/acceptance")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("ids"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("ids", List.of("no-such-suggestion")))
                .when().post("/api/call-types/" + type + "/example-suggestions/acceptance")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.coach("coach-x", "team-east")).when().get("/api/call-types/" + type + "/example-suggestions")
                .then().statusCode(403);
    }

    private static String starterType() {
        String type = ScorecardFixtures.newCallType();
        given().auth().oauth2(TestTokens.admin()).when().post("/api/call-types/" + type + "/scorecards/starter").then().statusCode(201);
        given().auth().oauth2(TestTokens.admin()).when().post("/api/call-types/" + type + "/scorecards/1/publish").then().statusCode(200);
        return type;
    }

    private static List<Map<String, Object>> segments() {
        List<Map<String, Object>> segments = new ArrayList<>();
        segments.add(CallFixtures.segment("Rita Rep", 60_000, 66_000, MISSED_BY_GRADER));
        segments.add(CallFixtures.segment("Paul Prospect", 67_000, 75_000, "Thanks, we just moved in."));
        segments.add(CallFixtures.segment("Rita Rep", 600_000, 610_000, "What budget have you set aside for this?"));
        segments.add(CallFixtures.segment("Paul Prospect", 611_000, 640_000, "About fifty thousand."));
        segments.add(CallFixtures.segment("Rita Rep", 1_700_000, 1_720_000, "Great. " + WRONGLY_COUNTED));
        segments.add(CallFixtures.segment("Paul Prospect", 1_721_000, 1_730_000, "Perfect, see you then."));
        return segments;
    }
}
