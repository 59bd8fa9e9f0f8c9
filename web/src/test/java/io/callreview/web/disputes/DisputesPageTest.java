package io.callreview.web.disputes;

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

/** Open disputes for a coach: each with its call, behaviour and the rep's reason, resolved by a form; refusals shown. */
@QuarkusTest
@QuarkusTestResource(LocalKeysResource.class)
@QuarkusTestResource(value = StubScorecardService.class, restrictToAnnotatedClass = true)
class DisputesPageTest {

    private static final String OPEN = "GET /api/disputes?status=OPEN&page=0&size=20";
    private static final String RESOLVE = "POST /api/disputes/d-1/resolution";

    /** Shaped as scorecard-service's DisputePage of DisputeViews. */
    private static final String PAGE = """
            {"items": [
              {"id": "d-1", "callId": "call-1", "revision": 2, "behaviourKey": "next-steps", "disputedVerdict": "MISSED",
               "naAllowed": false, "repId": "rep-rita", "repName": "Rita Reyes", "teamId": "team-east", "comment": "We agreed on a demo next Thursday: 28:20 in the recording.",
               "status": "OPEN", "openedAt": "2026-12-01T09:00:00Z", "resolution": null},
              {"id": "d-2", "callId": "call-2", "revision": 1, "behaviourKey": "ask-budget", "disputedVerdict": "MET",
               "naAllowed": true, "repId": "rep-sam", "teamId": "team-east", "comment": "I never asked about the budget.",
               "status": "OPEN", "openedAt": "2026-12-01T10:00:00Z", "resolution": null}
             ], "page": 0, "size": 20, "total": 2}""";

    private static final String RESOLVED = """
            {"id": "d-1", "callId": "call-1", "revision": 2, "behaviourKey": "next-steps", "disputedVerdict": "MISSED",
             "repId": "rep-rita", "teamId": "team-east", "comment": "We agreed on a demo", "status": "ACCEPTED",
             "openedAt": "2026-12-01T09:00:00Z", "resolution": {"resolvedBy": "coach-ana", "resolvedAt": "2026-12-02T09:00:00Z",
             "verdict": "MET", "reason": "Right", "resultingRevision": 3}}""";

    @BeforeEach
    void answers() {
        StubScorecardService.reset();
        StubScorecardService.ANSWERS.put(OPEN, PAGE);
        StubScorecardService.ANSWERS.put(RESOLVE, RESOLVED);
    }

    @Test
    void eachOpenDisputeLinksItsCallAndBehaviourWithTheRepsReasonAndAResolveForm() {
        Response page = as("coach-ana", "coach").get("/disputes");

        assertThat(page.statusCode()).as(page.body().asString()).isEqualTo(200);
        String html = page.body().asString();
        assertThat(html).contains("id=\"dispute-d-1\"", "href=\"/calls/call-1#behaviour-next-steps\"", "rep-rita",
                "We agreed on a demo next Thursday: 28:20 in the recording.", "score revision 2",
                "action=\"/disputes/d-1/resolution\"", "id=\"dispute-d-2\"", "href=\"/calls/call-2#behaviour-ask-budget\"",
                "I never asked about the budget.", "<label for=\"reason-d-1\">Reason</label>",
                "<a href=\"/disputes\">Disputes</a>");
        assertThat(html.indexOf("I never asked")).isGreaterThan(html.indexOf("id=\"dispute-d-2\""));
        assertThat(html).as("the rep by their name on the roster, else by id")
                .contains("Rita Reyes <small class=\"muted\">rep-rita</small> (team-east)", "<p class=\"meta\">rep-sam (team-east)");
    }

    @Test
    void notApplicableIsOfferedOnlyWhereTheBehaviourAllowsIt() {
        String html = as("coach-ana", "coach").get("/disputes").body().asString();

        String first = html.substring(html.indexOf("id=\"dispute-d-1\""), html.indexOf("id=\"dispute-d-2\""));
        String second = html.substring(html.indexOf("id=\"dispute-d-2\""));
        assertThat(first).contains("<option value=\"MET\"").doesNotContain("NOT_APPLICABLE");
        assertThat(second).contains("<option value=\"NOT_APPLICABLE\">not applicable</option>");
    }

    @Test
    void overturningSendsTheOutcomeTheNewVerdictAndTheReason() throws Exception {
        Response list = as("coach-ana", "coach").get("/disputes");

        Response resolved = posting(list, "coach-ana", "coach").formParam("outcome", "ACCEPTED").formParam("verdict", "MET")
                .formParam("reason", " Right: the date was agreed. ").formParam("page", "0").post("/disputes/d-1/resolution");

        assertThat(resolved.statusCode()).as(resolved.body().asString()).isEqualTo(303);
        assertThat(resolved.header("Location")).endsWith("/disputes?page=0&resolved=d-1");
        JsonNode sent = new ObjectMapper().readTree(StubScorecardService.lastBody(RESOLVE));
        assertThat(sent.path("outcome").asText()).isEqualTo("ACCEPTED");
        assertThat(sent.path("verdict").asText()).isEqualTo("MET");
        assertThat(sent.path("reason").asText()).isEqualTo("Right: the date was agreed.");
        assertThat(as("coach-ana", "coach").get("/disputes?resolved=d-1").body().asString())
                .contains("id=\"resolved\"", "Dispute d-1 resolved.");
    }

    @Test
    void upholdingSendsNoVerdict() throws Exception {
        Response list = as("coach-ana", "coach").get("/disputes");

        posting(list, "coach-ana", "coach").formParam("outcome", "REJECTED").formParam("verdict", "MET")
                .formParam("reason", "Nothing was agreed.").post("/disputes/d-1/resolution");

        JsonNode sent = new ObjectMapper().readTree(StubScorecardService.lastBody(RESOLVE));
        assertThat(sent.path("outcome").asText()).isEqualTo("REJECTED");
        assertThat(sent.has("verdict")).as(sent.toString()).isFalse();
        assertThat(sent.path("reason").asText()).isEqualTo("Nothing was agreed.");
    }

    @Test
    void aResolutionTheServiceRefusesShowsItsTitleAndField() {
        StubScorecardService.answer(RESOLVE, 400, """
                {"type": "https://callreview.io/problems/bad-request", "title": "Bad Request", "status": 400,
                 "detail": "a reason is required to reject a dispute",
                 "errors": [{"field": "reason", "message": "a reason is required to reject a dispute"}]}""");
        Response list = as("coach-ana", "coach").get("/disputes");

        Response refused = posting(list, "coach-ana", "coach").formParam("outcome", "REJECTED").formParam("reason", "")
                .post("/disputes/d-1/resolution");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body().asString()).contains("id=\"refused\"", "<strong>Bad Request</strong>",
                "<strong>reason</strong>: a reason is required to reject a dispute", "id=\"refused-here\"", "id=\"dispute-d-2\"")
                .doesNotContain("id=\"resolved\"");
    }

    @Test
    void aResolutionWithoutTheCsrfTokenIsRefusedAndSendsNothing() {
        Response list = as("coach-ana", "coach").get("/disputes");

        Response forged = as("coach-ana", "coach").redirects().follow(false).cookies(list.cookies())
                .formParam("outcome", "REJECTED").formParam("reason", "x").post("/disputes/d-1/resolution");

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(StubScorecardService.RECEIVED).noneMatch(r -> r.startsWith(RESOLVE + " "));
    }

    @Test
    void aRepGetsTheForbiddenPageAndNoLinkToIt() {
        Response rep = as("rep-rita", "rep").get("/disputes");

        assertThat(rep.statusCode()).isEqualTo(403);
        assertThat(rep.body().asString()).contains("403 · Forbidden", "<a href=\"/settings\">Settings</a>")
                .doesNotContain("href=\"/disputes\"", "We agreed on a demo");
        assertThat(StubScorecardService.RECEIVED).noneMatch(r -> r.startsWith("GET /api/disputes"));
    }
}
