package io.callreview.web.calls;

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

/**
 * The rep's call page: the rep acknowledges the score and disputes one verdict; a coach gets neither form. An admin sets
 * a call aside there, and a set-aside call shows why, by whom and when, with none of the forms.
 */
@QuarkusTest
@QuarkusTestResource(LocalKeysResource.class)
@QuarkusTestResource(value = StubScorecardService.class, restrictToAnnotatedClass = true)
class CallPageTest {

    /** Shaped as scorecard-service's CallView with its latest ScoreView. */
    private static final String CALL = """
            {"id": "call-1", "repId": "rep-rita", "repName": "Rita Reyes", "teamId": "team-east", "callType": "discovery", "scorecardVersion": 1,
             "startedAt": "2026-11-30T10:00:00Z", "durationSeconds": 600, "status": "AUTO_SCORED", "statusReason": null,
             "score": {"callId": "call-1", "revision": 1, "status": "AUTO_SCORED", "scorer": {"kind": "AUTOMATIC", "id": null},
               "scorecardVersion": 1, "overallScore": 50.0, "autoFailed": false, "reviewRequired": false,
               "scoredAt": "2026-11-30T10:11:00Z", "strengthBehaviourKey": "qualification", "focusBehaviourKey": "next-steps",
               "moments": [], "comment": null,
               "metrics": {"durationMs": 600000, "wordCount": 1500, "timingEstimated": false, "repTalkMs": 540000,
                 "prospectTalkMs": 60000, "otherTalkMs": 0, "repTalkRatio": 0.9, "repQuestions": 2, "prospectQuestions": 4,
                 "longestRepMonologueMs": 40700, "longestProspectMonologueMs": 9000, "interruptions": 5},
               "behaviours": [
                 {"key": "qualification", "question": "Does the rep qualify the prospect?", "verdict": "MET", "confidence": 0.9,
                  "critical": false, "evidence": [], "expectedAtMs": null, "rationale": null, "comment": null},
                 {"key": "next-steps", "question": "Does the rep close with agreed next steps?", "verdict": "MISSED", "confidence": 0.8,
                  "critical": false, "evidence": [], "expectedAtMs": 540000, "rationale": null, "comment": null}]}}""";

    @BeforeEach
    void answers() {
        StubScorecardService.reset();
        StubScorecardService.ANSWERS.put("GET /api/calls/call-1", CALL);
        StubScorecardService.ANSWERS.put("GET /api/calls/call-1/scores", "[]");
        StubScorecardService.ANSWERS.put("GET /api/calls/call-1/transcript", "{\"segments\": []}");
        StubScorecardService.ANSWERS.put("GET /api/disputes?callId=call-1&page=0&size=50",
                "{\"items\": [], \"page\": 0, \"size\": 50, \"total\": 0}");
        StubScorecardService.ANSWERS.put("POST /api/calls/call-1/acknowledgement",
                "{\"callId\": \"call-1\", \"revision\": 1, \"acknowledgedAt\": \"2026-12-01T09:00:00Z\"}");
        StubScorecardService.ANSWERS.put("POST /api/calls/call-1/disputes", "{\"id\": \"d-1\", \"status\": \"OPEN\"}");
    }

    @Test
    void theRepCanAcknowledgeAndDisputeEachVerdictWhichAnchorsForTheDisputesPage() {
        String html = as("rep-rita", "rep").get("/calls/call-1").body().asString();

        assertThat(html).contains("action=\"/calls/call-1/acknowledgement\"", "action=\"/calls/call-1/disputes\"",
                "<option value=\"next-steps\">Does the rep close with agreed next steps? (missed)</option>",
                "<label for=\"dispute-comment\">", "id=\"behaviour-next-steps\"",
                "the rep 90% of the talk · longest monologue 0:40 · questions 2 by the rep, 4 by the prospect · interruptions 5",
                "<dd>Rita Reyes <small class=\"muted\">rep-rita</small> (team-east)</dd>");
    }

    @Test
    void aDisputeSendsTheBehaviourAndTheRepsReason() throws Exception {
        Response page = as("rep-rita", "rep").get("/calls/call-1");

        Response disputed = posting(page, "rep-rita", "rep").formParam("behaviourKey", "next-steps")
                .formParam("comment", "We agreed a demo at 8:50").post("/calls/call-1/disputes");

        assertThat(disputed.statusCode()).isEqualTo(303);
        assertThat(disputed.header("Location")).endsWith("/calls/call-1#disputes");
        JsonNode sent = new ObjectMapper().readTree(StubScorecardService.lastBody("POST /api/calls/call-1/disputes"));
        assertThat(sent.toString()).isEqualTo("{\"behaviourKey\":\"next-steps\",\"comment\":\"We agreed a demo at 8:50\"}");
    }

    @Test
    void acknowledgingPostsToTheService() {
        Response page = as("rep-rita", "rep").get("/calls/call-1");

        Response acknowledged = posting(page, "rep-rita", "rep").post("/calls/call-1/acknowledgement");

        assertThat(acknowledged.statusCode()).isEqualTo(303);
        assertThat(StubScorecardService.RECEIVED).anyMatch(r -> r.startsWith("POST /api/calls/call-1/acknowledgement "));
    }

    @Test
    void aCoachSeesNeitherForm() {
        String html = as("coach-ana", "coach").get("/calls/call-1").body().asString();

        assertThat(html).contains("id=\"start-review\"").doesNotContain("/calls/call-1/acknowledgement", "/calls/call-1/disputes\"");
    }

    @Test
    void aRevisionFromAnAcceptedDisputeSaysSo() {
        StubScorecardService.ANSWERS.put("GET /api/calls/call-1/scores", """
                [{"revision": 1, "scorer": {"kind": "AUTOMATIC", "id": null}, "scoredAt": "2026-11-30T10:11:00Z",
                  "overallScore": 50.0, "autoFailed": false, "disputeId": null},
                 {"revision": 2, "scorer": {"kind": "COACH", "id": "coach-ana"}, "scoredAt": "2026-12-01T09:00:00Z",
                  "overallScore": 100.0, "autoFailed": false, "disputeId": "d-1"}]""");

        String html = as("coach-ana", "coach").get("/calls/call-1").body().asString();

        assertThat(html).containsOnlyOnce("(dispute accepted)");
        assertThat(html.substring(html.indexOf("data-revision=\"2\""))).contains("coach-ana (dispute accepted)");
    }

    @Test
    void onlyAnAdminGetsTheSetAsideFormWhichSendsTheReason() throws Exception {
        StubScorecardService.ANSWERS.put("POST /api/calls/call-1/set-aside", CALL.replace("\"AUTO_SCORED\", \"statusReason\"",
                "\"SET_ASIDE\", \"statusReason\""));
        assertThat(as("coach-ana", "coach").get("/calls/call-1").body().asString()).doesNotContain("/calls/call-1/set-aside");
        assertThat(as("rep-rita", "rep").get("/calls/call-1").body().asString()).doesNotContain("/calls/call-1/set-aside");
        Response page = as("admin-1", "admin").get("/calls/call-1");
        assertThat(page.body().asString()).contains("action=\"/calls/call-1/set-aside\"", "<summary>Set this call aside</summary>",
                "<label for=\"set-aside-reason\">");

        Response setAside = posting(page, "admin-1", "admin").formParam("reason", "test call: Rita tried the dialer")
                .post("/calls/call-1/set-aside");

        assertThat(setAside.statusCode()).isEqualTo(303);
        assertThat(setAside.header("Location")).endsWith("/calls/call-1");
        JsonNode sent = new ObjectMapper().readTree(StubScorecardService.lastBody("POST /api/calls/call-1/set-aside"));
        assertThat(sent.toString()).isEqualTo("{\"reason\":\"test call: Rita tried the dialer\"}");
    }

    @Test
    void aRefusedSetAsideShowsTheReasonBesideTheForm() {
        StubScorecardService.answer("POST /api/calls/call-1/set-aside", 400, "{\"title\": \"Bad Request\", \"status\": 400,"
                + " \"detail\": \"reason must not be blank\", \"errors\": [{\"field\": \"reason\", \"message\": \"must not be blank\"}]}");
        Response page = as("admin-1", "admin").get("/calls/call-1");

        Response refused = posting(page, "admin-1", "admin").formParam("reason", " ").post("/calls/call-1/set-aside");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body().asString()).contains("id=\"refused\"", "<strong>reason</strong>: must not be blank",
                "<details class=\"card\" id=\"set-aside\" open>");
    }

    /** The admin picks the rep among the call's team on the roster (or types another's id), and says why. */
    @Test
    void onlyAnAdminGetsTheMoveFormWhichOffersTheTeamsOtherRepsAndSendsTheChoice() throws Exception {
        StubScorecardService.ANSWERS.put("GET /api/roster/teams/team-east", """
                {"teamId": "team-east", "reps": [{"repId": "rep-rita", "teamId": "team-east", "displayName": "Rita Reyes"},
                  {"repId": "rep-jess", "teamId": "team-east", "displayName": "Jessica Walker"},
                  {"repId": "rep-leo", "teamId": "team-east", "displayName": null}], "coaches": []}""");
        StubScorecardService.ANSWERS.put("POST /api/calls/call-1/move", CALL.replace("\"repId\": \"rep-rita\"", "\"repId\": \"rep-jess\""));
        assertThat(as("coach-ana", "coach").get("/calls/call-1").body().asString()).doesNotContain("/calls/call-1/move");
        assertThat(as("rep-rita", "rep").get("/calls/call-1").body().asString()).doesNotContain("/calls/call-1/move");
        Response page = as("admin-1", "admin").get("/calls/call-1");
        assertThat(page.body().asString()).contains("action=\"/calls/call-1/move\"", "<summary>Move this call to another rep</summary>",
                        "it leaves Rita Reyes's scores", "<option value=\"rep-jess\">Jessica Walker</option>",
                        "<option value=\"rep-leo\">rep-leo</option>")
                .doesNotContain("<option value=\"rep-rita\">");

        Response moved = posting(page, "admin-1", "admin").formParam("repId", "rep-jess")
                .formParam("reason", "Jessica's call, posted under Rita").post("/calls/call-1/move");

        assertThat(moved.statusCode()).isEqualTo(303);
        assertThat(moved.header("Location")).endsWith("/calls/call-1");
        JsonNode sent = new ObjectMapper().readTree(StubScorecardService.lastBody("POST /api/calls/call-1/move"));
        assertThat(sent.toString()).isEqualTo("{\"repId\":\"rep-jess\",\"reason\":\"Jessica's call, posted under Rita\"}");
    }

    @Test
    void aRefusedMoveShowsWhyBesideItsFormOnly() {
        StubScorecardService.answer("POST /api/calls/call-1/move", 422, "{\"title\": \"Unprocessable Entity\", \"status\": 422,"
                + " \"detail\": \"rep 'rep-jes' is not on the roster\", \"errors\": [{\"field\": \"repId\","
                + " \"message\": \"rep rep-jes is not on the roster: an admin adds them first\"}]}");
        Response page = as("admin-1", "admin").get("/calls/call-1");

        Response refused = posting(page, "admin-1", "admin").formParam("repId", "rep-jes").formParam("reason", "wrong rep")
                .post("/calls/call-1/move");

        String html = refused.body().asString();
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(html).contains("<details class=\"card\" id=\"move\" open>", "<strong>repId</strong>: rep rep-jes is not on the roster")
                .contains("<details class=\"card\" id=\"set-aside\">");
        assertThat(html.indexOf("id=\"refused\"")).isLessThan(html.indexOf("id=\"set-aside\""));
    }

    @Test
    void theCallListNamesRepsAndShowsASetAsideCallAsNotCounted() {
        StubScorecardService.ANSWERS.put("GET /api/calls?page=0&size=20", """
                {"items": [
                  {"id": "call-1", "repId": "rep-rita", "repName": "Rita Reyes", "teamId": "team-east", "callType": "discovery",
                   "startedAt": "2026-11-30T10:00:00Z", "durationSeconds": 600, "status": "SET_ASIDE", "scoreRevision": 1,
                   "overallScore": 0.0, "autoFailed": true, "reviewRequired": false},
                  {"id": "call-2", "repId": "rep-leo", "teamId": "team-east", "callType": "discovery",
                   "startedAt": "2026-11-29T10:00:00Z", "durationSeconds": 600, "status": "AUTO_SCORED", "scoreRevision": 1,
                   "overallScore": 40.0, "autoFailed": true, "reviewRequired": false}],
                 "page": 0, "size": 20, "total": 2, "totalExact": true, "nextCursor": null, "next": null}""");

        String html = as("coach-cara", "coach").get("/calls").body().asString();

        assertThat(html).contains("<td>Rita Reyes</td>", "<td>rep-leo</td>", "<td class=\"muted\">not counted</td>", "40%");
        assertThat(html.substring(html.indexOf("data-call=\"call-1\""), html.indexOf("data-call=\"call-2\""))).doesNotContain("auto-failed");
        assertThat(html.substring(html.indexOf("data-call=\"call-2\""))).contains("auto-failed");
    }

    @Test
    void aSetAsideCallSaysWhyByWhomAndWhenAndOffersNoForm() {
        StubScorecardService.ANSWERS.put("GET /api/calls/call-1", CALL.replace("\"autoFailed\": false", "\"autoFailed\": true").replace(
                "\"status\": \"AUTO_SCORED\", \"statusReason\": null,",
                "\"status\": \"SET_ASIDE\", \"statusReason\": \"test call: Rita tried the dialer\", \"setAsideBy\": \"admin-1\","
                        + " \"setAsideAt\": \"2026-12-01T09:00:00Z\","));

        String asAdmin = as("admin-1", "admin").get("/calls/call-1").body().asString();
        String asRep = as("rep-rita", "rep").get("/calls/call-1").body().asString();

        assertThat(asAdmin).contains("<dd id=\"call-status\">set aside: test call: Rita tried the dialer</dd>",
                        "<dd id=\"set-aside-by\">by admin-1 · 2026-12-01 09:00 UTC")
                .contains("50% · <span class=\"muted\">not counted: the call was set aside</span>")
                .doesNotContain("/calls/call-1/set-aside", "id=\"start-review\"", "auto-failed");
        assertThat(asRep).contains("set aside: test call: Rita tried the dialer")
                .doesNotContain("/calls/call-1/acknowledgement", "/calls/call-1/disputes\"");
    }
}
