package io.callreview.web.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.web.LocalKeysResource;
import io.callreview.web.SignedIn;
import io.callreview.web.StubScorecardService;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.callreview.web.SignedIn.as;
import static io.callreview.web.SignedIn.posting;
import static org.assertj.core.api.Assertions.assertThat;

/** Calibration: sessions listed and started, blind verdicts sent per call and behaviour, agreement once closed. */
@QuarkusTest
@QuarkusTestResource(LocalKeysResource.class)
@QuarkusTestResource(value = StubScorecardService.class, restrictToAnnotatedClass = true)
class CalibrationPageTest {

    /** Shaped as scorecard-service's CalibrationView while open, as coach-ana sees it: only her own rating. */
    private static final String OPEN = """
            {"id": "cal-1", "name": "March discovery calibration", "callType": "discovery", "status": "OPEN",
             "createdBy": "coach-ana", "createdAt": "2026-12-01T09:00:00Z", "closedAt": null,
             "callIds": ["call-1", "call-2"], "behaviourKeys": ["qualification", "next-steps"],
             "coaches": [{"coachId": "coach-ana", "rated": 1, "expected": 4}, {"coachId": "coach-bo", "rated": 4, "expected": 4}],
             "ratings": [{"coachId": "coach-ana", "callId": "call-1", "behaviourKey": "next-steps", "verdict": "MISSED"}]}""";

    private static final String CLOSED = OPEN.replace("\"OPEN\"", "\"CLOSED\"").replace("\"closedAt\": null", "\"closedAt\": \"2026-12-02T09:00:00Z\"");

    /** Shaped as CallView, with the questions of the behaviours in its latest score. */
    private static final String CALL_1 = """
            {"id": "call-1", "repId": "rep-rita", "repName": "Rita Reyes", "teamId": "team-east", "callType": "discovery", "scorecardVersion": 1,
             "startedAt": "2026-11-30T10:00:00Z", "durationSeconds": 600, "status": "AUTO_SCORED",
             "score": {"callId": "call-1", "revision": 1, "behaviours": [
               {"key": "qualification", "question": "Does the rep qualify the prospect?", "naAllowed": false, "verdict": "MET", "confidence": 0.9},
               {"key": "next-steps", "question": "Does the rep close with agreed next steps?", "naAllowed": true, "verdict": "MET", "confidence": 0.8}]}}""";

    /** Shaped as AgreementView: two coaches, Cohen's kappa. */
    private static final String AGREEMENT = """
            {"sessionId": "cal-1", "behaviours": [
              {"behaviourKey": "qualification", "calls": 2, "raters": ["coach-ana", "coach-bo"], "incomplete": [],
               "percentAgreement": 0.5, "kappa": 0.1234, "kappaMethod": "COHEN", "categoryKappas": null,
               "consensus": [{"callId": "call-1", "verdict": "MET"}], "deviations": []},
              {"behaviourKey": "next-steps", "calls": 2, "raters": ["coach-ana"], "incomplete": ["coach-bo"],
               "percentAgreement": null, "kappa": null, "kappaMethod": null, "categoryKappas": null, "consensus": [], "deviations": []}],
             "coaches": [{"coachId": "coach-ana", "compared": 1, "differing": 0, "rate": 0.0, "split": 1},
                         {"coachId": "coach-bo", "compared": 1, "differing": 0, "rate": 0.0, "split": 1}]}""";

    /** Once closed, every coach's verdicts: they agreed on call-1's qualification and split on call-2's. */
    private static final String CLOSED_WITH_RATINGS = OPEN.replace("\"OPEN\"", "\"CLOSED\"")
            .replace("\"ratings\": [{\"coachId\": \"coach-ana\", \"callId\": \"call-1\", \"behaviourKey\": \"next-steps\", \"verdict\": \"MISSED\"}]",
                    """
                    "ratings": [{"coachId": "coach-ana", "callId": "call-1", "behaviourKey": "qualification", "verdict": "MET"},
                                {"coachId": "coach-bo", "callId": "call-1", "behaviourKey": "qualification", "verdict": "MET"},
                                {"coachId": "coach-ana", "callId": "call-2", "behaviourKey": "qualification", "verdict": "MISSED"},
                                {"coachId": "coach-bo", "callId": "call-2", "behaviourKey": "qualification", "verdict": "MET"},
                                {"coachId": "coach-ana", "callId": "call-1", "behaviourKey": "next-steps", "verdict": "MISSED"}]""");

    @BeforeEach
    void answers() {
        StubScorecardService.reset();
        StubScorecardService.ANSWERS.put("GET /api/calibrations", "[" + OPEN + "]");
        StubScorecardService.ANSWERS.put("GET /api/calls?teamId=team-east&page=0&size=20", """
                {"items": [{"id": "call-1", "repId": "rep-rita", "repName": "Rita Reyes", "teamId": "team-east", "callType": "discovery",
                  "startedAt": "2026-11-30T10:00:00Z", "durationSeconds": 600, "status": "AUTO_SCORED"},
                  {"id": "call-3", "repId": "rep-leo", "teamId": "team-east", "callType": "discovery",
                  "startedAt": "2026-11-29T10:00:00Z", "durationSeconds": 600, "status": "AUTO_SCORED"},
                  {"id": "call-4", "repId": "rep-leo", "teamId": "team-east", "callType": "discovery",
                  "startedAt": "2026-11-28T10:00:00Z", "durationSeconds": 600, "status": "SET_ASIDE"}],
                 "page": 0, "size": 20, "total": 3}""");
        StubScorecardService.ANSWERS.put("GET /api/roster/teams/team-east",
                "{\"teamId\": \"team-east\", \"reps\": [], \"coaches\": [\"coach-ana\", \"coach-bo\"]}");
        StubScorecardService.ANSWERS.put("POST /api/calibrations", OPEN);
        StubScorecardService.ANSWERS.put("GET /api/calibrations/cal-1", OPEN);
        StubScorecardService.ANSWERS.put("GET /api/calls/call-1", CALL_1);
        StubScorecardService.ANSWERS.put("GET /api/calls/call-2", CALL_1.replace("call-1", "call-2").replace("rep-rita", "rep-sam")
                .replace("\"Rita Reyes\"", "null"));
        StubScorecardService.ANSWERS.put("PUT /api/calibrations/cal-1/ratings", OPEN);
        StubScorecardService.ANSWERS.put("POST /api/calibrations/cal-1/close", CLOSED);
        StubScorecardService.ANSWERS.put("GET /api/calibrations/cal-1/agreement", AGREEMENT);
    }

    @Test
    void theListShowsTheSessionsAndAFormToStartOneOnTheTeamsCallsAndCoaches() {
        Response page = as("coach-ana", "coach").get("/calibration");

        assertThat(page.statusCode()).as(page.body().asString()).isEqualTo(200);
        assertThat(page.body().asString()).contains("href=\"/calibration/cal-1\">March discovery calibration</a>",
                "coach-bo 4/4", "name=\"callIds\" value=\"call-1\"> Rita Reyes · discovery", "name=\"callIds\" value=\"call-3\"> rep-leo · discovery",
                "name=\"coachIds\" value=\"coach-bo\"",
                "<label for=\"session-name\">Name</label>", "<a href=\"/calibration\">Calibration</a>");
        assertThat(page.body().asString()).as("a call set aside is not offered").doesNotContain("value=\"call-4\"");
    }

    @Test
    void startingASessionSendsTheTickedCallsAndCoachesWithTheTypedOnes() throws Exception {
        Response list = as("coach-ana", "coach").get("/calibration");

        Response created = posting(list, "coach-ana", "coach").formParam("name", " March ").formParam("callIds", "call-1")
                .formParam("otherCalls", " call-old-7,call-1  call-old-9 ")
                .formParam("coachIds", "coach-ana").formParam("coachIds", "coach-bo").formParam("otherCoaches", "coach-cy, coach-di")
                .post("/calibration");

        assertThat(created.statusCode()).as(created.body().asString()).isEqualTo(303);
        assertThat(created.header("Location")).endsWith("/calibration/cal-1");
        JsonNode sent = new ObjectMapper().readTree(StubScorecardService.lastBody("POST /api/calibrations"));
        assertThat(sent.path("name").asText()).isEqualTo("March");
        assertThat(sent.path("callIds").toString()).as("an older call typed in by id, once")
                .isEqualTo("[\"call-1\",\"call-old-7\",\"call-old-9\"]");
        assertThat(sent.path("coachIds").toString()).isEqualTo("[\"coach-ana\",\"coach-bo\",\"coach-cy\",\"coach-di\"]");
    }

    @Test
    void aSessionTheServiceRefusesShowsItsTitleAndField() {
        StubScorecardService.answer("POST /api/calibrations", 400, """
                {"title": "Bad Request", "status": 400, "detail": "size must be between 2 and 20",
                 "errors": [{"field": "coachIds", "message": "size must be between 2 and 20"}]}""");
        Response list = as("coach-ana", "coach").get("/calibration");

        Response refused = posting(list, "coach-ana", "coach").formParam("name", "March").formParam("callIds", "call-1")
                .formParam("coachIds", "coach-ana").post("/calibration");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body().asString()).contains("id=\"refused\"", "<strong>coachIds</strong>: size must be between 2 and 20",
                "id=\"new-session\"");
    }

    @Test
    void anOpenSessionShowsOnlyTheCoachsOwnVerdictsAndProgress() {
        Response page = as("coach-ana", "coach").get("/calibration/cal-1");

        assertThat(page.statusCode()).as(page.body().asString()).isEqualTo(200);
        String html = page.body().asString();
        assertThat(html).contains("coach-ana: 1 of 4 rated", "coach-bo: 4 of 4 rated", "id=\"ratings\"",
                "Does the rep close with agreed next steps?", "name=\"verdict.call-2.qualification\"", "<legend>Rita Reyes · ", "<legend>rep-sam · ",
                "id=\"close-session\"");
        String ownCell = html.substring(html.indexOf("name=\"verdict.call-1.next-steps\""));
        assertThat(ownCell.substring(0, ownCell.indexOf("</select>"))).contains("value=\"MISSED\" selected");
        String otherCell = html.substring(html.indexOf("name=\"verdict.call-1.qualification\""));
        assertThat(otherCell.substring(0, otherCell.indexOf("</select>"))).contains("value=\"\" selected")
                .doesNotContain("\" selected>met");
        assertThat(html).doesNotContain("id=\"agreement\"");
    }

    @Test
    void savingSendsOneRatingPerVerdictGivenAndLeavesTheRestOut() throws Exception {
        Response page = as("coach-ana", "coach").get("/calibration/cal-1");

        Response saved = posting(page, "coach-ana", "coach").formParam("verdict.call-1.qualification", "MET")
                .formParam("verdict.call-1.next-steps", "MISSED").formParam("verdict.call-2.qualification", "")
                .formParam("verdict.call-2.next-steps", "NOT_APPLICABLE").post("/calibration/cal-1/ratings");

        assertThat(saved.statusCode()).as(saved.body().asString()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("/calibration/cal-1?saved=true");
        JsonNode sent = new ObjectMapper().readTree(StubScorecardService.lastBody("PUT /api/calibrations/cal-1/ratings"));
        assertThat(sent.path("ratings")).hasSize(3);
        assertThat(sent.path("ratings").get(0).toString())
                .isEqualTo("{\"callId\":\"call-1\",\"behaviourKey\":\"qualification\",\"verdict\":\"MET\"}");
        assertThat(sent.path("ratings").get(2).toString())
                .isEqualTo("{\"callId\":\"call-2\",\"behaviourKey\":\"next-steps\",\"verdict\":\"NOT_APPLICABLE\"}");
    }

    @Test
    void notApplicableIsOfferedOnlyForBehavioursThatAllowIt() {
        String html = as("coach-ana", "coach").get("/calibration/cal-1").body().asString();

        assertThat(select(html, "verdict.call-1.qualification")).contains("value=\"MISSED\"").doesNotContain("NOT_APPLICABLE");
        assertThat(select(html, "verdict.call-1.next-steps")).contains("value=\"NOT_APPLICABLE\"");
    }

    @Test
    void verdictsTheServiceRefusesAreShownAgainAsChosen() {
        StubScorecardService.answer("PUT /api/calibrations/cal-1/ratings", 400, """
                {"title": "Bad Request", "status": 400, "detail": "next-steps may not be NOT_APPLICABLE",
                 "errors": [{"field": "ratings[1].verdict", "message": "next-steps may not be NOT_APPLICABLE"}]}""");
        Response page = as("coach-ana", "coach").get("/calibration/cal-1");

        Response refused = posting(page, "coach-ana", "coach").formParam("verdict.call-1.qualification", "MISSED")
                .formParam("verdict.call-2.qualification", "MET").formParam("verdict.call-2.next-steps", "NOT_APPLICABLE")
                .post("/calibration/cal-1/ratings");

        assertThat(refused.statusCode()).isEqualTo(400);
        String html = refused.body().asString();
        assertThat(html).contains("next-steps may not be NOT_APPLICABLE");
        assertThat(select(html, "verdict.call-1.qualification")).contains("value=\"MISSED\" selected");
        assertThat(select(html, "verdict.call-2.qualification")).contains("value=\"MET\" selected");
        assertThat(select(html, "verdict.call-2.next-steps")).contains("value=\"NOT_APPLICABLE\" selected");
    }

    private static String select(String html, String field) {
        int from = html.indexOf("<select name=\"" + field + "\"");
        assertThat(from).as(field).isNotNegative();
        return html.substring(from, html.indexOf("</select>", from));
    }

    @Test
    void aClosedSessionShowsTheAgreementPerBehaviourAndEachCoachsDeviation() {
        StubScorecardService.ANSWERS.put("GET /api/calibrations/cal-1", CLOSED_WITH_RATINGS);

        Response page = as("coach-ana", "coach").get("/calibration/cal-1");

        assertThat(page.statusCode()).as(page.body().asString()).isEqualTo(200);
        String html = page.body().asString();
        assertThat(html).contains("id=\"agreement\"", "<td>50%</td>", "0.12 <small class=\"muted\">(cohen)</small>",
                "<td>coach-bo</td>", "id=\"deviations\"",
                "<tr data-coach=\"coach-ana\"><td>coach-ana</td><td>1</td><td>0</td><td>0%</td><td>1</td></tr>")
                .doesNotContain("id=\"ratings\"", "id=\"close-session\"");
        String qualification = html.substring(html.indexOf("<table class=\"verdicts\" data-behaviour=\"qualification\">"));
        qualification = qualification.substring(0, qualification.indexOf("</table>"));
        assertThat(qualification).contains("<th scope=\"col\">coach-ana</th><th scope=\"col\">coach-bo</th>",
                "<a href=\"/calls/call-1\">Rita Reyes</a></td><td>met</td><td>met</td><td>met</td>",
                "<a href=\"/calls/call-2\">rep-sam</a></td><td>missed</td><td>met</td><td>split</td>");
        assertThat(html).contains("<table class=\"verdicts\" data-behaviour=\"next-steps\">");
    }

    @Test
    void closingPostsToTheService() {
        Response page = as("coach-ana", "coach").get("/calibration/cal-1");

        Response closed = posting(page, "coach-ana", "coach").post("/calibration/cal-1/close");

        assertThat(closed.statusCode()).isEqualTo(303);
        assertThat(StubScorecardService.RECEIVED).anyMatch(r -> r.startsWith("POST /api/calibrations/cal-1/close "));
    }

    @Test
    void aRepGetsTheForbiddenPage() {
        StubScorecardService.answer("GET /api/calibrations", 403, SignedIn.FORBIDDEN);

        Response rep = as("rep-rita", "rep").get("/calibration");

        assertThat(rep.statusCode()).isEqualTo(403);
        assertThat(rep.body().asString()).contains("403 · Forbidden").doesNotContain("March discovery", "href=\"/calibration\"");
    }
}
