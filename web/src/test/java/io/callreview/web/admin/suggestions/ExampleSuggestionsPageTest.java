package io.callreview.web.admin.suggestions;

import io.callreview.devtools.SigningKeys;
import io.callreview.devtools.TokenMinter;
import io.callreview.web.LocalKeysResource;
import io.callreview.web.StubScorecardService;
import io.callreview.web.session.SessionCookie;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples coaches' overrides suggested, as scorecard-service lists them: quote, behaviour, the call it came from;
 * accepted into the draft (with a link to the editor's diff) or dismissed; refusals shown with their field.
 */
@QuarkusTest
@QuarkusTestResource(LocalKeysResource.class)
@QuarkusTestResource(value = StubScorecardService.class, restrictToAnnotatedClass = true)
class ExampleSuggestionsPageTest {

    private static final String PENDING = "/api/call-types/discovery/example-suggestions?status=PENDING";
    private static final String FIRST = "3f1c2a9e-1b7d-4c55-9f0a-7e2b6d4c8a11";
    private static final String SECOND = "9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d";

    /** Shaped as scorecard-service's ExampleSuggestionView. */
    private static String suggestion(String id, String kind, String text, long atMs, String status, Integer draft) {
        return """
                {"id": "%s", "callType": "discovery", "behaviourKey": "qualification", "kind": "%s", "text": "%s",
                 "callId": "c0ffee00-0000-4000-8000-000000000001", "reviewId": "r-1", "atMs": %d, "scorecardVersion": 2,
                 "coachId": "coach-7", "reason": "She asked who signs off, in her own words", "status": "%s",
                 "createdAt": "2026-12-01T09:00:00Z", "decidedBy": %s, "decidedAt": %s, "draftVersion": %s}"""
                .formatted(id, kind, text, atMs, status, draft == null ? "null" : "\"admin-1\"",
                        draft == null ? "null" : "\"2026-12-02T09:00:00Z\"", draft == null ? "null" : draft.toString());
    }

    @BeforeEach
    void answers() {
        StubScorecardService.reset();
        StubScorecardService.answer("GET " + PENDING, "[" + suggestion(FIRST, "EXAMPLE", "Who holds the purse strings for tools like this?", 754000, "PENDING", null)
                + ", " + suggestion(SECOND, "COUNTER_EXAMPLE", "I will not ask about budget today", 95000, "PENDING", null) + "]");
    }

    @Test
    void eachSuggestionShowsItsQuoteBehaviourAndTheCallItCameFrom() throws IOException {
        Response page = as("admin-1", "admin").get("/admin/call-types/discovery/suggestions");

        assertThat(page.statusCode()).as(page.body().asString()).isEqualTo(200);
        String html = page.body().asString();
        assertThat(html).contains("id=\"suggestion-" + FIRST + "\" data-kind=\"EXAMPLE\"",
                "<q>Who holds the purse strings for tools like this?</q>", "qualification",
                "<a href=\"/calls/c0ffee00-0000-4000-8000-000000000001?t=754\">call c0ffee00-0000-4000-8000-000000000001 at 12:34</a>",
                "reviewed by coach-7", "She asked who signs off", "id=\"suggestion-" + SECOND + "\" data-kind=\"COUNTER_EXAMPLE\"",
                "counter-example", "<q>I will not ask about budget today</q>", "value=\"" + FIRST + "\"",
                "action=\"/admin/call-types/discovery/suggestions/" + SECOND + "/rejection\"", "<label for=\"reason-" + SECOND + "\"");
    }

    @Test
    void acceptingSendsTheChosenIdsAndLinksTheDraftsDiff() throws IOException {
        StubScorecardService.answer("POST /api/call-types/discovery/example-suggestions/acceptance", """
                {"callType": "discovery", "draftVersion": 3, "accepted": [%s]}"""
                .formatted(suggestion(FIRST, "EXAMPLE", "Who holds the purse strings?", 754000, "ACCEPTED", 3)));
        Response page = as("admin-1", "admin").get("/admin/call-types/discovery/suggestions");

        Response accepted = withCsrf(page).formParam("ids", FIRST).formParam("status", "PENDING")
                .post("/admin/call-types/discovery/suggestions/acceptance");

        assertThat(accepted.statusCode()).as(accepted.body().asString()).isEqualTo(303);
        assertThat(accepted.header("Location")).endsWith("/admin/call-types/discovery/suggestions?accepted=1&draft=3");
        assertThat(StubScorecardService.RECEIVED)
                .contains("POST /api/call-types/discovery/example-suggestions/acceptance {\"ids\":[\"" + FIRST + "\"]}");
        assertThat(as("admin-1", "admin").get("/admin/call-types/discovery/suggestions?accepted=1&draft=3").body().asString())
                .contains("id=\"accepted\"", "1 suggestion added to draft version 3",
                        "href=\"/admin/call-types/discovery/scorecards/3#diff\"");
    }

    @Test
    void aRefusedAcceptanceNamesTheFieldAndKeepsTheList() throws IOException {
        StubScorecardService.answer("POST /api/call-types/discovery/example-suggestions/acceptance", 422, """
                {"type": "https://callreview.io/problems/unprocessable", "title": "Unprocessable Content", "status": 422,
                 "detail": "behaviour 'qualification' would hold more than 30 examples",
                 "errors": [{"field": "ids", "message": "behaviour 'qualification' would hold more than 30 examples or counter-examples"}]}""");
        Response page = as("admin-1", "admin").get("/admin/call-types/discovery/suggestions");

        Response refused = withCsrf(page).formParam("ids", FIRST).formParam("ids", SECOND)
                .post("/admin/call-types/discovery/suggestions/acceptance");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body().asString()).contains("id=\"refused\"", "Unprocessable Content", "<strong>ids</strong>",
                "would hold more than 30 examples or counter-examples", "id=\"suggestion-" + FIRST + "\"");
        assertThat(StubScorecardService.RECEIVED).contains("POST /api/call-types/discovery/example-suggestions/acceptance {\"ids\":[\""
                + FIRST + "\",\"" + SECOND + "\"]}");
    }

    @Test
    void dismissingSendsTheReasonForThatSuggestionOnly() throws IOException {
        StubScorecardService.answer("POST /api/call-types/discovery/example-suggestions/" + SECOND + "/rejection",
                suggestion(SECOND, "COUNTER_EXAMPLE", "I will not ask about budget today", 95000, "REJECTED", null));
        Response page = as("admin-1", "admin").get("/admin/call-types/discovery/suggestions");

        Response dismissed = withCsrf(page).formParam("reason", "The prospect said it").formParam("page", "0")
                .post("/admin/call-types/discovery/suggestions/" + SECOND + "/rejection");

        assertThat(dismissed.statusCode()).as(dismissed.body().asString()).isEqualTo(303);
        assertThat(dismissed.header("Location")).endsWith("/admin/call-types/discovery/suggestions?page=0&dismissed=true");
        assertThat(StubScorecardService.RECEIVED)
                .contains("POST /api/call-types/discovery/example-suggestions/" + SECOND + "/rejection {\"reason\":\"The prospect said it\"}")
                .noneMatch(r -> r.contains(FIRST + "/rejection"));
    }

    @Test
    void otherStatusesAreListedWithTheDraftTheyWentIntoAndLongListsArePaged() throws IOException {
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 25; i++) {
            many.append(i == 0 ? "" : ",").append(suggestion("s-" + i, "EXAMPLE", "Quote number " + i, 1000L * i, "ACCEPTED", 3));
        }
        StubScorecardService.answer("GET /api/call-types/discovery/example-suggestions?status=ACCEPTED", many + "]");

        String first = as("admin-1", "admin").get("/admin/call-types/discovery/suggestions?status=ACCEPTED").body().asString();
        String second = as("admin-1", "admin").get("/admin/call-types/discovery/suggestions?status=ACCEPTED&page=1").body().asString();

        assertThat(first).contains("id=\"suggestion-s-0\"", "id=\"suggestion-s-19\"", "Page 1 of 2",
                "href=\"/admin/call-types/discovery/suggestions?status=ACCEPTED&amp;page=1\"",
                "accepted into <a href=\"/admin/call-types/discovery/scorecards/3\">version 3</a>", "by admin-1",
                "<option value=\"ACCEPTED\" selected>accepted</option>")
                .doesNotContain("id=\"suggestion-s-20\"", "name=\"ids\"");
        assertThat(second).contains("id=\"suggestion-s-24\"", "Page 2 of 2").doesNotContain("id=\"suggestion-s-19\"");
    }

    @Test
    void theEditorLinksThePageAndARepGetsTheServicesRefusal() throws IOException {
        StubScorecardService.answer("GET /api/call-types", "[{\"key\": \"discovery\", \"name\": \"Discovery call\", \"publishedScorecardVersion\": 2}]");
        StubScorecardService.answer("GET /api/call-types/discovery/scorecards/2", """
                {"callType": "discovery", "version": 2, "status": "PUBLISHED", "behaviours": []}""");
        String editor = as("admin-1", "admin").get("/admin/call-types/discovery/scorecards/2").body().asString();
        StubScorecardService.answer("GET " + PENDING, 403,
                "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"your role does not allow this operation\"}");

        Response rep = as("rep-rita", "rep").get("/admin/call-types/discovery/suggestions");

        assertThat(editor).contains("<a href=\"/admin/call-types/discovery/suggestions\" id=\"suggestions-link\">");
        assertThat(rep.statusCode()).isEqualTo(403);
        assertThat(rep.body().asString()).contains("403 · Forbidden").doesNotContain("Who holds the purse strings");
    }

    @Test
    void aDismissalWithoutTheCsrfTokenSendsNothing() throws IOException {
        Response page = as("admin-1", "admin").get("/admin/call-types/discovery/suggestions");

        Response forged = as("admin-1", "admin").redirects().follow(false).cookies(page.cookies())
                .formParam("reason", "x").post("/admin/call-types/discovery/suggestions/" + SECOND + "/rejection");

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(StubScorecardService.RECEIVED).noneMatch(r -> r.startsWith("POST "));
    }

    private static RequestSpecification as(String user, String role) throws IOException {
        String token = new TokenMinter(SigningKeys.readPrivateKey(LocalKeysResource.KEYS), TokenMinter.DEFAULT_ISSUER)
                .mint(user, role, List.of("team-east"), Duration.ofHours(1));
        return RestAssured.given().cookie(SessionCookie.NAME, token);
    }

    private static RequestSpecification withCsrf(Response page) throws IOException {
        String csrf = page.body().asString().replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        return as("admin-1", "admin").redirects().follow(false).cookies(page.cookies()).formParam("csrf-token", csrf);
    }
}
