package io.callreview.web.admin.integrations;

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
 * Integration settings, identities and the roster as scorecard-service has them: listed, added and removed through its
 * API, the JSON each form sends, and its refusals shown with the field they name.
 */
@QuarkusTest
@QuarkusTestResource(LocalKeysResource.class)
@QuarkusTestResource(value = StubScorecardService.class, restrictToAnnotatedClass = true)
class IntegrationsPageTest {

    @BeforeEach
    void answers() {
        StubScorecardService.reset();
        StubScorecardService.answer("GET /api/call-types", """
                [{"key": "discovery", "name": "Discovery call", "publishedScorecardVersion": 1},
                 {"key": "demo", "name": "Demo", "publishedScorecardVersion": 1}]""");
        // shaped as SourceSettingsView and IdentityView
        StubScorecardService.answer("GET /api/integrations/hubspot/settings", """
                {"source": "hubspot", "defaultCallType": "discovery", "topicRules": [{"keyword": "demo", "callType": "demo"}],
                 "updatedAt": "2026-12-01T09:00:00Z"}""");
        StubScorecardService.answer("GET /api/integrations/zoom/settings",
                "{\"source\": \"zoom\", \"defaultCallType\": null, \"topicRules\": [], \"updatedAt\": null}");
        StubScorecardService.answer("GET /api/integrations/hubspot/identities", """
                [{"source": "hubspot", "externalUser": "31245", "repId": "rep-rita", "teamId": "team-east",
                  "displayName": "Rita Rep", "updatedAt": "2026-12-01T09:05:00Z"}]""");
        StubScorecardService.answer("GET /api/integrations/zoom/identities", "[]");
        // shaped as a list of TeamSummaryView, and TeamRosterView with RosterRepView
        StubScorecardService.answer("GET /api/roster/teams", """
                [{"teamId": "team-east", "reps": 1, "coaches": ["coach-ana"]}, {"teamId": "team-west", "reps": 0, "coaches": []}]""");

        StubScorecardService.answer("GET /api/roster/teams/team-east", """
                {"teamId": "team-east", "reps": [{"repId": "rep-rita", "teamId": "team-east", "displayName": "Rita Rep",
                  "revision": 2, "enrolledBy": "admin-1", "updatedAt": "2026-12-01T08:00:00Z"}], "coaches": ["coach-ana"]}""");
    }

    @Test
    void settingsIdentitiesAndTheTeamAreListed() throws IOException {
        Response page = as("admin-1", "admin").get("/admin/integrations?team=team-east");

        assertThat(page.statusCode()).as(page.body().asString()).isEqualTo(200);
        String html = page.body().asString();
        assertThat(html).contains("id=\"source-hubspot\"", "<option value=\"discovery\" selected>Discovery call (discovery)</option>",
                "name=\"keyword\" value=\"demo\"", "name=\"callType\" value=\"demo\"", "id=\"identity-hubspot-31245\"",
                "<a href=\"/reps/rep-rita/profile\">rep-rita</a>", "Rita Rep", "No Zoom host is mapped yet",
                "id=\"roster-rep-rep-rita\"", "admin-1", "id=\"roster-coach-coach-ana\"", "<label for=\"ext-zoom\">",
                "<a href=\"/admin/integrations\">Integrations</a>",
                "<a href=\"/admin/integrations?team=team-west#roster\">team-west</a></td><td>0</td>");
        assertThat(html.substring(html.indexOf("id=\"roster-team-team-east\""))).startsWith("id=\"roster-team-team-east\" aria-current=\"true\"")
                .contains("<td>1</td>", "coach-ana");
        assertThat(html.substring(html.indexOf("id=\"source-zoom\""))).contains("<option value=\"\" selected>none");
    }

    @Test
    void mappingAUserSendsTheRepAndTeam() throws IOException {
        StubScorecardService.answer("PUT /api/integrations/zoom/identities/sam@example.com", """
                {"source": "zoom", "externalUser": "sam@example.com", "repId": "rep-sam", "teamId": "team-east",
                 "displayName": "Sam", "updatedAt": "2026-12-02T09:00:00Z"}""");
        Response page = as("admin-1", "admin").get("/admin/integrations");

        Response mapped = withCsrf(page).formParam("externalUser", "sam@example.com").formParam("repId", "rep-sam")
                .formParam("teamId", "team-east").formParam("displayName", "Sam").formParam("team", "")
                .post("/admin/integrations/zoom/identities");

        assertThat(mapped.statusCode()).as(mapped.body().asString()).isEqualTo(303);
        assertThat(mapped.header("Location")).endsWith("/admin/integrations?saved=identity");
        assertThat(StubScorecardService.RECEIVED).contains(
                "PUT /api/integrations/zoom/identities/sam@example.com {\"repId\":\"rep-sam\",\"teamId\":\"team-east\",\"displayName\":\"Sam\"}");
    }

    @Test
    void removingAMappingDeletesThatUserOnly() throws IOException {
        StubScorecardService.answer("DELETE /api/integrations/hubspot/identities/31245", 204, "");
        Response page = as("admin-1", "admin").get("/admin/integrations");

        Response removed = withCsrf(page).formParam("externalUser", "31245").formParam("team", "team-east")
                .post("/admin/integrations/hubspot/identities/removal");

        assertThat(removed.statusCode()).as(removed.body().asString()).isEqualTo(303);
        assertThat(removed.header("Location")).endsWith("/admin/integrations?team=team-east&saved=identity-removed");
        assertThat(StubScorecardService.RECEIVED).filteredOn(r -> r.startsWith("DELETE "))
                .containsExactly("DELETE /api/integrations/hubspot/identities/31245 ");
    }

    @Test
    void savingCallTypesSendsTheRulesInOrderWithoutTheBlankRowAndARefusalNamesTheField() throws IOException {
        StubScorecardService.answer("PUT /api/integrations/hubspot/settings", 422, """
                {"type": "https://callreview.io/problems/unprocessable", "title": "Unprocessable Content", "status": 422,
                 "detail": "call type 'renewal' does not exist",
                 "errors": [{"field": "topicRules[1].callType", "message": "call type 'renewal' does not exist"}]}""");
        Response page = as("admin-1", "admin").get("/admin/integrations");

        Response refused = withCsrf(page).formParam("defaultCallType", "discovery")
                .formParam("keyword", "demo", "renewal", "").formParam("callType", "demo", "renewal", "")
                .formParam("team", "").post("/admin/integrations/hubspot/settings");

        assertThat(StubScorecardService.RECEIVED).contains("PUT /api/integrations/hubspot/settings {\"defaultCallType\":\"discovery\","
                + "\"topicRules\":[{\"keyword\":\"demo\",\"callType\":\"demo\"},{\"keyword\":\"renewal\",\"callType\":\"renewal\"}]}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body().asString()).contains("id=\"refused\"", "<strong>topicRules[1].callType</strong>",
                "call type &#39;renewal&#39; does not exist", "id=\"source-hubspot\"");
    }

    @Test
    void theRosterFormsSendTheRepsTeamAndTheCoachsTeams() throws IOException {
        StubScorecardService.answer("PUT /api/roster/reps/rep-sam", """
                {"repId": "rep-sam", "teamId": "team-east", "displayName": "Sam", "revision": 1, "enrolledBy": "admin-1",
                 "updatedAt": "2026-12-02T09:00:00Z"}""");
        StubScorecardService.answer("PUT /api/roster/coaches/coach-bo",
                "{\"coachId\": \"coach-bo\", \"teams\": [\"team-east\", \"team-west\"], \"updatedAt\": \"2026-12-02T09:00:00Z\"}");
        StubScorecardService.answer("DELETE /api/roster/coaches/coach-ana", 204, "");
        Response page = as("admin-1", "admin").get("/admin/integrations?team=team-east");

        Response rep = withCsrf(page).formParam("repId", "rep-sam").formParam("teamId", "team-east").formParam("displayName", "Sam")
                .post("/admin/integrations/roster/reps");
        Response coach = withCsrf(page).formParam("coachId", "coach-bo").formParam("teams", "team-east, team-west")
                .formParam("team", "team-east").post("/admin/integrations/roster/coaches");
        Response removed = withCsrf(page).formParam("coachId", "coach-ana").formParam("team", "team-east")
                .post("/admin/integrations/roster/coaches/removal");

        assertThat(List.of(rep.statusCode(), coach.statusCode(), removed.statusCode())).containsOnly(303);
        assertThat(rep.header("Location")).endsWith("/admin/integrations?team=team-east&saved=rep");
        assertThat(StubScorecardService.RECEIVED).contains(
                "PUT /api/roster/reps/rep-sam {\"teamId\":\"team-east\",\"displayName\":\"Sam\"}",
                "PUT /api/roster/coaches/coach-bo {\"teams\":[\"team-east\",\"team-west\"]}",
                "DELETE /api/roster/coaches/coach-ana ");
    }

    @Test
    void aBlankUserIsRefusedBeforeAnythingIsSent() throws IOException {
        Response page = as("admin-1", "admin").get("/admin/integrations");

        Response refused = withCsrf(page).formParam("externalUser", " ").formParam("team", "")
                .post("/admin/integrations/hubspot/identities/removal");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body().asString()).contains("<strong>externalUser</strong>: must not be blank");
        assertThat(StubScorecardService.RECEIVED).noneMatch(r -> r.startsWith("DELETE "));
    }

    @Test
    void aRepGetsTheServicesRefusalAndAFormWithoutCsrfSendsNothing() throws IOException {
        StubScorecardService.answer("GET /api/integrations/hubspot/settings", 403,
                "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"your role does not allow this operation\"}");
        Response rep = as("rep-rita", "rep").get("/admin/integrations");
        Response forged = as("admin-1", "admin").redirects().follow(false).formParam("coachId", "coach-ana")
                .post("/admin/integrations/roster/coaches/removal");

        assertThat(rep.statusCode()).isEqualTo(403);
        assertThat(rep.body().asString()).contains("403 · Forbidden").doesNotContain("/admin/integrations\"");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(StubScorecardService.RECEIVED).noneMatch(r -> r.startsWith("DELETE "));
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
