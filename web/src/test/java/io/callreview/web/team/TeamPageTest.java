package io.callreview.web.team;

import io.callreview.web.LocalKeysResource;
import io.callreview.web.StubRepServices;
import io.callreview.web.StubScorecardService;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
}
