package io.callreview.web.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.web.LocalKeysResource;
import io.callreview.web.StubRepServices;
import io.callreview.web.StubScorecardService;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.callreview.web.SignedIn.as;
import static io.callreview.web.SignedIn.posting;
import static org.assertj.core.api.Assertions.assertThat;

/** Coaching plans: a team's plans listed, one started for a rep, edited, completed and cancelled; refusals shown. */
@QuarkusTest
@QuarkusTestResource(LocalKeysResource.class)
@QuarkusTestResource(value = StubRepServices.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = StubScorecardService.class, restrictToAnnotatedClass = true)
class PlansPageTest {

    /** Shaped as coaching-service's PlanView. */
    private static final String PLAN = """
            {"id": "p-1", "repId": "rep-rita", "teamId": "team-east", "coachId": "coach-ana", "status": "ACTIVE",
             "focusBehaviours": ["next-steps"], "targetAdherence": 0.8, "reviewDate": "2030-06-30",
             "notes": "Close every call with a date.", "blockage": "Afraid of sounding pushy", "solution": "Offer two dates",
             "startedAt": "2026-11-01T09:00:00Z", "endedAt": null, "updatedAt": "2026-11-01T09:00:00Z", "updatedBy": "coach-ana",
             "version": 3,
             "progress": [{"behaviourKey": "next-steps", "question": "Does the rep close with agreed next steps?", "reviews": 6,
                           "met": 4, "adherence": 0.667, "targetAdherence": 0.8, "targetReached": false,
                           "stage": "CONSCIOUSLY_COMPETENT", "retrievability": 0.91}],
             "effectiveness": {"before": {"from": "2026-10-18T09:00:00Z", "to": "2026-11-01T09:00:00Z", "calls": 5, "reviews": 5, "met": 2, "adherence": 0.4},
                               "after": {"from": "2026-11-01T09:00:00Z", "to": "2026-11-15T09:00:00Z", "calls": 6, "reviews": 6, "met": 4, "adherence": 0.667},
                               "change": 0.267, "summary": "Adherence rose from 40% (5 calls) to 67% (6 calls)."}}""";

    /** Shaped as TeamProfileView: the reps and behaviours to pick from. */
    private static final String TEAM = """
            {"teamId": "team-east",
             "reps": [{"repId": "rep-rita"}, {"repId": "rep-sam"}],
             "behaviours": [{"behaviourKey": "next-steps", "question": "Does the rep close with agreed next steps?"},
                            {"behaviourKey": "ask-budget", "question": "Does the rep ask about the budget?"}]}""";

    @BeforeEach
    void answers() {
        StubRepServices.reset();
        StubRepServices.answer("GET /api/plans?teamId=team-east", "[" + PLAN + "]");
        StubRepServices.answer("GET /api/teams/team-east/profile", TEAM);
        StubRepServices.answer("GET /api/plans/p-1", PLAN);
        StubRepServices.answer("POST /api/plans", PLAN);
        StubRepServices.answer("PUT /api/plans/p-1", PLAN);
        StubScorecardService.reset();
        StubScorecardService.ANSWERS.put("GET /api/roster/teams/team-east", """
                {"teamId": "team-east", "reps": [{"repId": "rep-rita", "teamId": "team-east", "displayName": "Rita Reyes"},
                  {"repId": "rep-sam", "teamId": "team-east", "displayName": null}], "coaches": ["coach-ana"]}""");
    }

    @Test
    void theTeamsPlansAreListedWithTheirProgressAndAFormToStartOne() {
        Response page = as("coach-ana", "coach").get("/plans");

        assertThat(page.statusCode()).as(page.body().asString()).isEqualTo(200);
        assertThat(page.body().asString()).contains("id=\"plan-p-1\"", "href=\"/plans/p-1\">Rita Reyes</a>", "next-steps: 67% (80%)",
                "2030-06-30", "<option value=\"rep-sam\">rep-sam</option>", "<option value=\"rep-rita\">Rita Reyes</option>",
                "<option value=\"ask-budget\">Does the rep ask about the budget?</option>", "<label for=\"review-date\">Review date</label>",
                "<a href=\"/plans\">Plans</a>");
    }

    @Test
    void startingAPlanSendsTheRepTheFocusTheTargetAsAShareAndTheDate() throws Exception {
        Response list = as("coach-ana", "coach").get("/plans");

        Response created = posting(list, "coach-ana", "coach").formParam("repId", "rep-sam").formParam("focus1", "ask-budget")
                .formParam("focus2", "").formParam("targetPercent", "75").formParam("reviewDate", "2030-07-15")
                .formParam("notes", "").formParam("blockage", " Budget talk feels rude ").formParam("solution", "")
                .post("/plans");

        assertThat(created.statusCode()).as(created.body().asString()).isEqualTo(303);
        assertThat(created.header("Location")).endsWith("/plans/p-1");
        JsonNode sent = new ObjectMapper().readTree(StubRepServices.lastBody("POST /api/plans"));
        assertThat(sent.path("repId").asText()).isEqualTo("rep-sam");
        assertThat(sent.path("focusBehaviours").toString()).isEqualTo("[\"ask-budget\"]");
        assertThat(sent.path("targetAdherence").decimalValue()).isEqualByComparingTo("0.75");
        assertThat(sent.path("reviewDate").asText()).isEqualTo("2030-07-15");
        assertThat(sent.path("blockage").asText()).isEqualTo("Budget talk feels rude");
        assertThat(sent.path("notes").isNull()).isTrue();
    }

    @Test
    void aPlanTheServiceRefusesShowsItsTitleAndField() {
        StubRepServices.answer("POST /api/plans", 409, """
                {"title": "Conflict", "status": 409, "detail": "rep 'rep-rita' already has an active coaching plan",
                 "errors": [{"field": "repId", "message": "rep 'rep-rita' already has an active coaching plan; complete or cancel it first"}]}""");
        Response list = as("coach-ana", "coach").get("/plans");

        Response refused = posting(list, "coach-ana", "coach").formParam("repId", "rep-rita").formParam("focus1", "next-steps")
                .formParam("targetPercent", "80").formParam("reviewDate", "2030-07-15").post("/plans");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body().asString()).contains("id=\"refused\"", "<strong>Conflict</strong>",
                "<strong>repId</strong>: rep &#39;rep-rita&#39; already has an active coaching plan", "id=\"new-plan\"");
    }

    @Test
    void aPlansPageShowsItsProgressAndEffectivenessAndTheEditFormFilledIn() {
        Response page = as("coach-ana", "coach").get("/plans/p-1");

        assertThat(page.statusCode()).as(page.body().asString()).isEqualTo(200);
        assertThat(page.body().asString()).contains("Does the rep close with agreed next steps?</td><td>4 / 6</td>",
                "consciously competent", "Adherence rose from 40% (5 calls) to 67% (6 calls).",
                "name=\"version\" value=\"3\"", "<option value=\"next-steps\" selected>", "name=\"targetPercent\" type=\"number\"",
                "value=\"80\"", "value=\"2030-06-30\"", "Afraid of sounding pushy</textarea>", "id=\"complete-plan\"", "id=\"cancel-plan\"",
                "<h1>Coaching plan · Rita Reyes</h1>");
    }

    @Test
    void savingCompletingAndCancellingSendTheVersionReadAndTheStatus() throws Exception {
        Response page = as("coach-ana", "coach").get("/plans/p-1");

        for (String status : new String[] {"ACTIVE", "COMPLETED", "CANCELLED"}) {
            Response saved = posting(page, "coach-ana", "coach").formParam("version", "3").formParam("focus1", "next-steps")
                    .formParam("focus2", "ask-budget").formParam("targetPercent", "80").formParam("reviewDate", "2030-06-30")
                    .formParam("notes", "n").formParam("status", status).post("/plans/p-1");

            assertThat(saved.statusCode()).as(saved.body().asString()).isEqualTo(303);
            assertThat(saved.header("Location")).endsWith("/plans/p-1?saved=" + status);
            JsonNode sent = new ObjectMapper().readTree(StubRepServices.lastBody("PUT /api/plans/p-1"));
            assertThat(sent.path("status").asText()).isEqualTo(status);
            assertThat(sent.path("version").asLong()).isEqualTo(3);
            assertThat(sent.path("focusBehaviours").toString()).isEqualTo("[\"next-steps\",\"ask-budget\"]");
            assertThat(sent.path("targetAdherence").decimalValue()).isEqualByComparingTo("0.8");
        }
        assertThat(as("coach-ana", "coach").get("/plans/p-1?saved=COMPLETED").body().asString()).contains("Plan completed.");
    }

    @Test
    void aStaleVersionIsShownAsTheServicesRefusal() {
        StubRepServices.answer("PUT /api/plans/p-1", 409, """
                {"title": "Conflict", "status": 409, "detail": "the plan was changed meanwhile (version 4)",
                 "errors": [{"field": "version", "message": "the plan was changed meanwhile (version 4)"}]}""");
        Response page = as("coach-ana", "coach").get("/plans/p-1");

        Response refused = posting(page, "coach-ana", "coach").formParam("version", "3").formParam("focus1", "next-steps")
                .formParam("targetPercent", "80").formParam("reviewDate", "2030-06-30").formParam("status", "COMPLETED")
                .post("/plans/p-1");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body().asString()).contains("<strong>version</strong>: the plan was changed meanwhile (version 4)",
                "id=\"edit-plan\"").doesNotContain("id=\"saved\"");
    }

    @Test
    void aRepGetsTheForbiddenPageAndNothingIsAsked() {
        Response rep = as("rep-rita", "rep").get("/plans");
        Response one = as("rep-rita", "rep").get("/plans/p-1");

        assertThat(rep.statusCode()).isEqualTo(403);
        assertThat(one.statusCode()).isEqualTo(403);
        assertThat(rep.body().asString()).contains("403 · Forbidden").doesNotContain("href=\"/plans\"", "rep-sam");
        assertThat(StubRepServices.RECEIVED).noneMatch(r -> r.startsWith("GET /api/plans"));
    }
}
