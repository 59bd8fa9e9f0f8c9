package io.callreview.web.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.web.LocalKeysResource;
import io.callreview.web.StubScorecardService;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.callreview.web.SignedIn.as;
import static io.callreview.web.SignedIn.posting;
import static org.assertj.core.api.Assertions.assertThat;

/** The review page: the coach overrides with a reason, pins a moment, marks strength and focus, and finalises. */
@QuarkusTest
@QuarkusTestResource(LocalKeysResource.class)
@QuarkusTestResource(value = StubScorecardService.class, restrictToAnnotatedClass = true)
class ReviewPageTest {

    /** Shaped as scorecard-service's ReviewView: a draft with one moment already pinned. */
    private static final String DRAFT = """
            {"id": "r-1", "callId": "call-1", "coachId": "coach-ana", "status": "DRAFT", "scorecardVersion": 1,
             "startedFrom": "AUTOMATIC", "baseRevision": 1,
             "behaviours": [
               {"key": "qualification", "question": "Does the rep qualify the prospect?", "weight": 1.0, "critical": false,
                "naAllowed": false, "automaticVerdict": "MET", "automaticConfidence": 0.9, "verdict": "MET",
                "overridesAutomatic": false, "reason": null, "comment": null},
               {"key": "next-steps", "question": "Does the rep close with agreed next steps?", "weight": 2.0, "critical": true,
                "naAllowed": false, "automaticVerdict": "MET", "automaticConfidence": 0.6, "verdict": "MET",
                "overridesAutomatic": false, "reason": null, "comment": null}],
             "moments": [{"atMs": 65000, "behaviourKey": "qualification", "comment": "Good budget question"}],
             "strengthBehaviourKey": null, "focusBehaviourKey": null, "summary": null,
             "createdAt": "2026-12-01T09:00:00Z", "updatedAt": "2026-12-01T09:00:00Z", "finalizedAt": null, "finalizedRevision": null}""";

    private static final String CALL = """
            {"id": "call-1", "repId": "rep-rita", "teamId": "team-east", "callType": "discovery", "scorecardVersion": 1,
             "startedAt": "2026-11-30T10:00:00Z", "durationSeconds": 600, "status": "AUTO_SCORED", "score": null}""";

    @BeforeEach
    void answers() {
        StubScorecardService.reset();
        StubScorecardService.ANSWERS.put("GET /api/reviews/r-1", DRAFT);
        StubScorecardService.ANSWERS.put("GET /api/calls/call-1", CALL);
        StubScorecardService.ANSWERS.put("GET /api/calls/call-1/transcript",
                "{\"segments\": [{\"speaker\": \"REP\", \"startMs\": 65000, \"endMs\": 70000, \"text\": \"What budget have you set aside?\"}]}");
        StubScorecardService.ANSWERS.put("GET /api/calls/call-1/scores", "[]");
        StubScorecardService.ANSWERS.put("PUT /api/reviews/r-1", DRAFT);
        StubScorecardService.ANSWERS.put("POST /api/reviews/r-1/finalize", DRAFT.replace("\"DRAFT\"", "\"FINAL\""));
    }

    @Test
    void theQueueSaysWhichBehavioursToLookAtFirst() {
        StubScorecardService.ANSWERS.put("GET /api/review-queue?teamId=team-east&limit=50", """
                [{"callId": "call-1", "repId": "rep-rita", "repName": "Rita Reyes", "teamId": "team-east", "callType": "discovery",
                  "startedAt": "2026-11-30T10:00:00Z", "revision": 1, "overallScore": 60.0, "autoFailed": false,
                  "lowestConfidence": 0.62, "reasons": ["LOW_CONFIDENCE"], "doubtfulBehaviours": ["next-steps", "right-people"]}]""");

        String html = as("coach-cara", "coach").get("/review-queue").body().asString();

        assertThat(html).contains("Look at: next-steps, right-people", "<td>Rita Reyes</td>");
    }

    @Test
    void aCoachOfSeveralTeamsSeesTheQueueOfAllOfThem() {
        StubScorecardService.ANSWERS.put("GET /api/review-queue?limit=50", """
                [{"callId": "call-9", "repId": "rep-wes", "repName": "Wes West", "teamId": "team-west", "callType": "discovery",
                  "startedAt": "2026-11-30T10:00:00Z", "revision": 1, "overallScore": 60.0, "autoFailed": true,
                  "lowestConfidence": 0.9, "reasons": ["AUTO_FAILED"], "doubtfulBehaviours": []}]""");

        String html = as("coach-cara", "coach").queryParam("teamId", "all").get("/review-queue").body().asString();

        assertThat(html).contains("<option value=\"all\" selected>All my teams</option>", "<td>Wes West</td>");
    }

    @Test
    void theDraftOffersStrengthFocusMomentsAndFinalise() {
        Response page = as("coach-ana", "coach").get("/reviews/r-1");

        assertThat(page.statusCode()).as(page.body().asString()).isEqualTo(200);
        assertThat(page.body().asString()).contains("id=\"strength\"", "id=\"focus\"", "id=\"moment-at\"", "id=\"moment-comment\"",
                "Good budget question", "id=\"finalize-review\"", "What budget have you set aside?");
    }

    @Test
    void finalisingSendsTheOverrideTheMomentsStrengthAndFocusThenFinalises() throws Exception {
        Response page = as("coach-ana", "coach").get("/reviews/r-1");

        Response finalised = posting(page, "coach-ana", "coach")
                .formParam("verdict.qualification", "MET").formParam("verdict.next-steps", "MISSED")
                .formParam("reason.next-steps", "The prospect's next step, not agreed").formParam("keepMoment", "0")
                .formParam("moment.at", "1:40").formParam("moment.behaviourKey", "next-steps")
                .formParam("moment.comment", "Propose a date here").formParam("strengthBehaviourKey", "qualification")
                .formParam("focusBehaviourKey", "next-steps").formParam("summary", "Strong discovery")
                .formParam("action", "finalize").post("/reviews/r-1");

        assertThat(finalised.statusCode()).as(finalised.body().asString()).isEqualTo(303);
        assertThat(finalised.header("Location")).endsWith("/calls/call-1");
        JsonNode sent = new ObjectMapper().readTree(StubScorecardService.lastBody("PUT /api/reviews/r-1"));
        assertThat(sent.at("/verdicts/1").toString())
                .isEqualTo("{\"behaviourKey\":\"next-steps\",\"verdict\":\"MISSED\",\"reason\":\"The prospect's next step, not agreed\"}");
        assertThat(sent.path("moments")).hasSize(2);
        assertThat(sent.at("/moments/0/comment").asText()).isEqualTo("Good budget question");
        assertThat(sent.at("/moments/1").toString())
                .isEqualTo("{\"atMs\":100000,\"comment\":\"Propose a date here\",\"behaviourKey\":\"next-steps\"}");
        assertThat(sent.path("strengthBehaviourKey").asText()).isEqualTo("qualification");
        assertThat(sent.path("focusBehaviourKey").asText()).isEqualTo("next-steps");
        int put = indexOf("PUT /api/reviews/r-1 ");
        assertThat(put).isNotNegative().isLessThan(indexOf("POST /api/reviews/r-1/finalize "));
    }

    @Test
    void aRefusedOverrideComesBackWithTheCoachsEntriesAndNamesTheBehaviour() {
        StubScorecardService.answer("PUT /api/reviews/r-1", 400, """
                {"title": "Bad Request", "status": 400, "detail": "the review cannot be saved",
                 "errors": [{"field": "verdicts[1].reason", "message": "a reason is required to override the automatic verdict"}]}""");
        Response page = as("coach-ana", "coach").get("/reviews/r-1");

        Response refused = posting(page, "coach-ana", "coach")
                .formParam("verdict.qualification", "MET").formParam("verdict.next-steps", "MISSED")
                .formParam("comment.next-steps", "Ask for a date before you hang up").formParam("summary", "Strong discovery")
                .formParam("action", "finalize").post("/reviews/r-1");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body().asString()).contains("id=\"review-form\"", "id=\"refused\"",
                "<strong>Does the rep close with agreed next steps? reason</strong>: a reason is required",
                "<option value=\"MISSED\" selected>missed</option>", "value=\"Ask for a date before you hang up\"",
                ">Strong discovery</textarea>");
        assertThat(indexOf("POST /api/reviews/r-1/finalize ")).isNegative();
    }

    @Test
    void savingADraftDoesNotFinalise() {
        Response page = as("coach-ana", "coach").get("/reviews/r-1");

        Response saved = posting(page, "coach-ana", "coach").formParam("verdict.qualification", "MET")
                .formParam("action", "save").post("/reviews/r-1");

        assertThat(saved.header("Location")).endsWith("/reviews/r-1");
        assertThat(indexOf("PUT /api/reviews/r-1 ")).isNotNegative();
        assertThat(indexOf("POST /api/reviews/r-1/finalize ")).isNegative();
    }

    private static int indexOf(String request) {
        for (int i = 0; i < StubScorecardService.RECEIVED.size(); i++) {
            if (StubScorecardService.RECEIVED.get(i).startsWith(request)) {
                return i;
            }
        }
        return -1;
    }
}
