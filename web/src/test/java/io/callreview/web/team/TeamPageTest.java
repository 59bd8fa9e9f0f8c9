package io.callreview.web.team;

import io.callreview.web.LocalKeysResource;
import io.callreview.web.StubRepServices;
import io.callreview.web.StubScorecardService;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static io.callreview.web.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

/** A coach's team page: reps and their mentors go by their names on the roster, or by id where it has none. */
@QuarkusTest
@QuarkusTestResource(LocalKeysResource.class)
@QuarkusTestResource(value = StubRepServices.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = StubScorecardService.class, restrictToAnnotatedClass = true)
class TeamPageTest {

    /** Shaped as coaching-service's team profile. */
    private static final String PROFILE = """
            {"teamId": "team-east", "behaviours": [{"behaviourKey": "next-steps"}],
             "reps": [
              {"repId": "rep-rita", "scoredCalls": 6, "behaviours": [{"behaviourKey": "next-steps",
                "stage": "CONSCIOUSLY_INCOMPETENT", "approach": "MENTORING", "recentAdherence": 0.2, "mentorRepId": "rep-7"}]},
              {"repId": "rep-7", "scoredCalls": 9, "behaviours": [{"behaviourKey": "next-steps",
                "stage": "CONSCIOUSLY_COMPETENT", "approach": "NONE", "recentAdherence": 1.0, "mentorRepId": null}]}]}""";

    @BeforeEach
    void answers() {
        StubRepServices.reset();
        StubScorecardService.reset();
        StubRepServices.answer("GET /api/teams/team-east/profile", PROFILE);
        StubScorecardService.ANSWERS.put("GET /api/analytics/adherence?groupBy=team&teamId=team-east", "{\"groups\": []}");
        StubScorecardService.ANSWERS.put("GET /api/analytics/gaps?teamId=team-east&limit=3", "{\"gaps\": []}");
        StubScorecardService.ANSWERS.put("GET /api/analytics/grader-accuracy?teamId=team-east", "{\"behaviours\": []}");
    }

    @Test
    void repsAndMentorsGoByTheirRosterNames() {
        StubScorecardService.ANSWERS.put("GET /api/roster/teams/team-east", """
                {"teamId": "team-east", "coaches": ["coach-cara"],
                 "reps": [{"repId": "rep-rita", "teamId": "team-east", "displayName": "Rita Reyes"},
                          {"repId": "rep-7", "teamId": "team-east", "displayName": "Sam Okafor"}]}""");

        Response page = as("coach-cara", "coach").get("/team?teamId=team-east");

        assertThat(page.statusCode()).as(page.body().asString()).isEqualTo(200);
        assertThat(page.body().asString()).contains("<a href=\"/reps/rep-rita/profile\">Rita Reyes</a>",
                "<a href=\"/reps/rep-7/profile\">Sam Okafor</a>", " with Sam Okafor");
    }

    @Test
    void withoutRosterNamesTheIdsShow() {
        Response page = as("coach-cara", "coach").get("/team?teamId=team-east");

        assertThat(page.statusCode()).as(page.body().asString()).isEqualTo(200);
        assertThat(page.body().asString()).contains("<a href=\"/reps/rep-rita/profile\">rep-rita</a>", " with rep-7");
    }

    @Test
    void theScoresDownloadOffersTheLastTwelveWeeks() {
        String page = as("coach-cara", "coach").get("/team?teamId=team-east").body().asString();

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(page).contains("<form id=\"scores-download\" method=\"get\" action=\"/team/scores.csv\"",
                "<input type=\"hidden\" name=\"teamId\" value=\"team-east\">",
                "name=\"from\" type=\"date\" value=\"" + today.minusDays(83) + "\"",
                "name=\"to\" type=\"date\" value=\"" + today + "\"");
        assertThat(page).doesNotContain("every team");
        assertThat(as("admin-ann", "admin").get("/team?teamId=team-east").body().asString())
                .contains("<option value=\"\">every team</option>");
    }

    @Test
    void theDownloadPassesTheServicesCsvThroughForTheDaysChosen() {
        StringBuilder csv = new StringBuilder("call_id,rep_id,rep_name\n");
        for (int i = 0; i < 40_000; i++) {
            csv.append("call-").append(i).append(",rep-rita,\"Reyes, Rita\"\n");
        }
        StubScorecardService.ANSWERS.put(
                "GET /api/exports/scores.csv?teamId=team-east&from=2026-09-01T00%3A00%3A00Z&to=2026-12-01T00%3A00%3A00Z", csv.toString());

        Response download = as("coach-cara", "coach").get("/team/scores.csv?teamId=team-east&from=2026-09-01&to=2026-11-30");

        assertThat(download.statusCode()).as(StubScorecardService.RECEIVED.toString()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("text/csv");
        assertThat(download.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"scores-team-east-from-2026-09-01-to-2026-11-30.csv\"");
        assertThat(download.body().asString()).isEqualTo(csv.toString());
    }

    @Test
    void anAdminDownloadsEveryTeamsScores() {
        StubScorecardService.ANSWERS.put("GET /api/exports/scores.csv?from=2026-11-01T00%3A00%3A00Z&to=2026-11-02T00%3A00%3A00Z",
                "call_id\ncall-1\n");

        Response download = as("admin-ann", "admin").get("/team/scores.csv?teamId=&from=2026-11-01&to=2026-11-01");

        assertThat(download.statusCode()).as(StubScorecardService.RECEIVED.toString()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).contains("scores-all-teams-from-2026-11-01-to-2026-11-01.csv");
        assertThat(download.body().asString()).isEqualTo("call_id\ncall-1\n");
    }

    @Test
    void aDayThatCannotBeReadIsRefusedNamingItsField() {
        Response refused = as("coach-cara", "coach").get("/team/scores.csv?teamId=team-east&from=1st+of+May&to=2026-11-30");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body().asString()).contains("from must be a day, as yyyy-mm-dd");
        assertThat(StubScorecardService.RECEIVED).noneMatch(request -> request.contains("scores.csv"));
    }

    @Test
    void theServicesRefusalShowsAsTheProblemPage() {
        StubScorecardService.answer("GET /api/exports/scores.csv?teamId=team-west&from=2026-11-01T00%3A00%3A00Z&to=2026-11-02T00%3A00%3A00Z",
                404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"You do not coach team-west\"}");

        Response refused = as("coach-cara", "coach").get("/team/scores.csv?teamId=team-west&from=2026-11-01&to=2026-11-01");

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.body().asString()).contains("You do not coach team-west");
    }

    @Test
    void aRepMayNotDownload() {
        Response refused = as("rep-rita", "rep").get("/team/scores.csv?teamId=team-east");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(StubScorecardService.RECEIVED).noneMatch(request -> request.contains("scores.csv"));
    }
}
