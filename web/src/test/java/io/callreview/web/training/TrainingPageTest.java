package io.callreview.web.training;

import io.callreview.devtools.SigningKeys;
import io.callreview.devtools.TokenMinter;
import io.callreview.web.LocalKeysResource;
import io.callreview.web.StubRepServices;
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
 * A training unit as coaching-service answers it: guidance, examples, teammates' moments with quotes and times, a
 * "mark done" button for the rep, the quizzes since; another rep's unit is the service's 404; the training nudge's
 * link leads here; the rep's profile lists the units.
 */
@QuarkusTest
@QuarkusTestResource(LocalKeysResource.class)
@QuarkusTestResource(value = StubRepServices.class, restrictToAnnotatedClass = true)
class TrainingPageTest {

    private static final String UNIT_ID = "5b0c8f0e-7d1c-4a3e-9a57-2f1d3c4b5a69";

    /** Shaped as coaching-service's TrainingUnitView with its TrainingMomentView and QuizProgressView. */
    static final String ASSIGNED = """
            {"id": "5b0c8f0e-7d1c-4a3e-9a57-2f1d3c4b5a69", "repId": "rep-rita", "behaviourKey": "ask-budget",
             "callType": "discovery", "question": "Does the rep ask about budget?", "status": "ASSIGNED",
             "reason": "New rep: only 1 scored call so far (met on 0 of the last 1 scored calls).",
             "guidance": "Plan to ask budget. Listen to the answer about budget.",
             "guidancePoints": ["Plan to ask budget.", "Listen to the answer about budget."],
             "examples": ["How much are you looking to invest?", "Who holds the purse strings for tools like this?"],
             "peerMoments": [
               {"callId": "c-88", "atMs": 61000, "at": "1:01", "quote": "What budget have you set aside for this?",
                "url": "http://localhost:8080/calls/c-88?t=61"}],
             "assignedAt": "2026-12-01T09:00:00Z", "doneAt": null, "endedAt": null,
             "quizzes": {"answered": 0, "rightInARow": 0, "toPass": 3}}""";

    static final String DONE = ASSIGNED.replace("\"status\": \"ASSIGNED\"", "\"status\": \"DONE\"")
            .replace("\"doneAt\": null", "\"doneAt\": \"2026-12-02T10:30:00Z\"")
            .replace("\"answered\": 0, \"rightInARow\": 0", "\"answered\": 2, \"rightInARow\": 1");

    @BeforeEach
    void answers() {
        StubRepServices.reset();
        StubRepServices.answer("GET /api/training/" + UNIT_ID, ASSIGNED);
    }

    @Test
    void theUnitShowsGuidanceExamplesAndTeammatesMomentsWithTheirTimes() throws IOException {
        Response page = as("rep-rita", "rep").get("/training/" + UNIT_ID);

        assertThat(page.statusCode()).as(page.body().asString()).isEqualTo(200);
        String html = page.body().asString();
        assertThat(html).contains("Training: Does the rep ask about budget?", "data-status=\"ASSIGNED\"",
                "Why this unit, as things stood on 2026-12-01 09:00 UTC:</strong> New rep: only 1 scored call so far", "<li>Plan to ask budget.</li>", "<li>Listen to the answer about budget.</li>",
                "<q>How much are you looking to invest?</q>", "<q>Who holds the purse strings for tools like this?</q>",
                "<a href=\"/calls/c-88/moment?t=61\"><time>1:01</time></a> <q>What budget have you set aside for this?</q>",
                "assigned 2026-12-01 09:00 UTC", "action=\"/training/" + UNIT_ID + "/done\"", "id=\"mark-done\"");
        assertThat(html).as("the teammate's moment, not their call").doesNotContain("href=\"/calls/c-88?");
        assertThat(html).as("the guidance once, as its points").doesNotContain("<p>Plan to ask budget. Listen to the answer about budget.</p>");
    }

    @Test
    void markDonePostsForTheUnitAndShowsItDoneWithItsQuizzes() throws IOException {
        Response page = as("rep-rita", "rep").get("/training/" + UNIT_ID);
        StubRepServices.answer("POST /api/training/" + UNIT_ID + "/done", DONE);

        Response done = withCsrf(page, "rep-rita", "rep").post("/training/" + UNIT_ID + "/done");

        assertThat(done.statusCode()).as(done.body().asString()).isEqualTo(303);
        assertThat(done.header("Location")).endsWith("/training/" + UNIT_ID);
        assertThat(StubRepServices.RECEIVED).anyMatch(r -> r.startsWith("POST /api/training/" + UNIT_ID + "/done "));
        StubRepServices.answer("GET /api/training/" + UNIT_ID, DONE);
        String after = as("rep-rita", "rep").get("/training/" + UNIT_ID).body().asString();
        assertThat(after).contains("data-status=\"DONE\"", "Done 2026-12-02 10:30 UTC",
                "Quizzes answered: 2 · right in a row: 1 of 3 to pass").doesNotContain("id=\"mark-done\"");
    }

    @Test
    void aWithdrawnUnitTheServiceRefusesToMarkIsSaidOnThePage() throws IOException {
        Response page = as("rep-rita", "rep").get("/training/" + UNIT_ID);
        StubRepServices.answer("POST /api/training/" + UNIT_ID + "/done", 409, """
                {"type": "https://callreview.io/problems/conflict", "title": "Conflict", "status": 409,
                 "detail": "training unit was withdrawn: the rep reached the target without it",
                 "errors": [{"field": "status", "message": "withdrawn"}]}""");

        Response refused = withCsrf(page, "rep-rita", "rep").post("/training/" + UNIT_ID + "/done");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body().asString()).contains("id=\"refused\"", "the rep reached the target without it",
                "Does the rep ask about budget?");
    }

    @Test
    void markingDoneWithoutTheCsrfTokenSendsNothing() throws IOException {
        Response page = as("rep-rita", "rep").get("/training/" + UNIT_ID);

        Response forged = as("rep-rita", "rep").redirects().follow(false).cookies(page.cookies())
                .post("/training/" + UNIT_ID + "/done");

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(StubRepServices.RECEIVED).noneMatch(r -> r.startsWith("POST /api/training/"));
    }

    @Test
    void anotherRepsUnitIsTheServicesNotFoundAndACoachSeesItWithoutTheButton() throws IOException {
        String coach = as("coach-ana", "coach").get("/training/" + UNIT_ID).body().asString();
        StubRepServices.answer("GET /api/training/" + UNIT_ID, 404, """
                {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "No training unit '%s'"}""".formatted(UNIT_ID));

        Response hidden = as("rep-sam", "rep").get("/training/" + UNIT_ID);

        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body().asString()).contains("404 · Not Found", "No training unit")
                .doesNotContain("What budget have you set aside", "id=\"mark-done\"");
        assertThat(coach).contains("for rep-rita", "Does the rep ask about budget?", "href=\"/reps/rep-rita/profile\"",
                        "<a href=\"/calls/c-88?t=61\"><time>1:01</time></a>")
                .doesNotContain("id=\"mark-done\"");
    }

    @Test
    void theTrainingNudgesLinkLeadsToTheUnitAndTheProfileListsTheUnits() throws IOException {
        StubRepServices.answer("GET /api/reps/rep-rita/inbox/nudge-t1", """
                {"nudgeId": "nudge-t1", "repId": "rep-rita", "kind": "TRAINING", "title": "Training: ask about budget",
                 "body": "A short training unit on how to ask about budget.", "reason": "Training unit assigned",
                 "priority": "NORMAL", "urgent": false, "behaviourKey": "ask-budget", "callId": null, "callType": "discovery",
                 "actions": [{"type": "OPEN_LINK", "label": "Open the training", "url": "http://localhost:8080/training/%s", "question": null},
                             {"type": "OPEN_LINK", "label": "Sneaky", "url": "javascript:alert(1)", "question": null}],
                 "receivedAt": "2026-12-01T09:00:00Z", "readAt": null, "expiresAt": null, "expired": false,
                 "answers": {"acknowledgedAt": null, "selfAssessment": null, "selfAssessedAt": null, "reflection": null, "quizAnswer": null}}""".formatted(UNIT_ID));
        StubRepServices.answer("POST /api/reps/rep-rita/inbox/nudge-t1/read", "{}");
        StubRepServices.answer("GET /api/reps/rep-rita/inbox?page=0&size=20&unreadOnly=false",
                "{\"items\": [" + StubRepServices.ANSWERS.get("GET /api/reps/rep-rita/inbox/nudge-t1").json()
                        + "], \"page\": 0, \"size\": 20, \"total\": 1}");
        StubRepServices.answer("GET /api/reps/rep-rita/profile", """
                {"repId": "rep-rita", "teamId": "team-east", "scoredCalls": 1, "newRep": true, "behaviours": []}""");
        StubRepServices.answer("GET /api/reps/rep-rita/training", "[" + DONE + "]");

        String nudge = as("rep-rita", "rep").get("/inbox/nudge-t1").body().asString();
        String profile = as("rep-rita", "rep").get("/profile").body().asString();
        String inbox = as("rep-rita", "rep").get("/inbox").body().asString();
        Response signedOut = RestAssured.given().redirects().follow(false).get("/training/" + UNIT_ID);

        assertThat(nudge).contains("href=\"http://localhost:8080/training/" + UNIT_ID + "\">Open the training</a>")
                .doesNotContain("javascript:alert");
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(signedOut.header("Location")).as("the link leads here after sign-in").endsWith("next=%2Ftraining%2F" + UNIT_ID);
        assertThat(inbox).contains("href=\"http://localhost:8080/training/" + UNIT_ID + "\">Open the training</a>")
                .doesNotContain("javascript:alert");
        assertThat(profile).contains("id=\"training-units\"", "<a href=\"/training/" + UNIT_ID + "\">Does the rep ask about budget?</a>",
                "done · assigned 2026-12-01 09:00 UTC", "quizzes 1 of 3 right in a row");
    }

    private static RequestSpecification as(String user, String role) throws IOException {
        String token = new TokenMinter(SigningKeys.readPrivateKey(LocalKeysResource.KEYS), TokenMinter.DEFAULT_ISSUER)
                .mint(user, role, List.of("team-east"), Duration.ofHours(1));
        return RestAssured.given().cookie(SessionCookie.NAME, token);
    }

    private static RequestSpecification withCsrf(Response page, String user, String role) throws IOException {
        String csrf = page.body().asString().replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        return as(user, role).redirects().follow(false).cookies(page.cookies()).formParam("csrf-token", csrf);
    }
}
