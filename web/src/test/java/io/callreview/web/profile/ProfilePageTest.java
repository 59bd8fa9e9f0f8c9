package io.callreview.web.profile;

import io.callreview.devtools.SigningKeys;
import io.callreview.devtools.TokenMinter;
import io.callreview.web.LocalKeysResource;
import io.callreview.web.StubRepServices;
import io.callreview.web.StubScorecardService;
import io.callreview.web.session.SessionCookie;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.callreview.web.SignedIn.as;
import static io.callreview.web.SignedIn.posting;
import static org.assertj.core.api.Assertions.assertThat;

/** A rep's profile as coaching-service answers it: stage, diagnosis and path per behaviour, focus first. */
@QuarkusTest
@QuarkusTestResource(LocalKeysResource.class)
@QuarkusTestResource(value = StubRepServices.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = StubScorecardService.class, restrictToAnnotatedClass = true)
class ProfilePageTest {

    /** Shaped as coaching-service's RepProfileView; the focus behaviour comes second here, first on the page. */
    static final String PROFILE = """
            {"repId": "rep-rita", "teamId": "team-east", "scoredCalls": 6, "newRep": false,
             "firstCallAt": "2026-11-02T10:00:00Z", "lastCallAt": "2026-11-27T15:30:00Z",
             "focusBehaviours": ["next-steps"], "activePlanId": null, "shareMoments": true,
             "behaviours": [
              {"behaviourKey": "agenda", "question": "Does the rep set an agenda?", "category": "PROCESS", "weight": 1.0,
               "focus": false,
               "record": {"reviews": 6, "met": 6, "missed": 0, "recentReviews": 6, "recentMet": 6, "recentAdherence": 1.0,
                          "lastVerdict": "MET", "lastCallType": "discovery", "lastReviewedAt": "2026-11-27T15:40:00Z"},
               "memory": {"stability": 21.4, "difficulty": 3.2, "retrievability": 0.97, "targetRetention": 0.9,
                          "recallBelowTargetAt": "2026-12-20T09:00:00Z"},
               "stage": {"stage": "CONSCIOUSLY_COMPETENT", "meaning": "Does it and can say why it works: repeatable and teachable.",
                         "basis": "Met on 6 of the last 6 scored calls, and the rep said why it works.", "consistent": true, "atTarget": true},
               "path": {"phase": "SUSTAINING", "meaning": "Consciously competent and consistent: routine nudges stop; a lapse brings coaching back.",
                        "since": "2026-11-20T09:00:00Z", "reason": "Consistent on 6 calls.", "next": null, "nextWhen": null,
                        "nextEarliestAt": null, "moves": [
                          {"from": null, "to": "TRAINING", "reason": "Every rep starts in training.", "at": "2026-11-02T10:05:00Z"},
                          {"from": "TRAINING", "to": "SUSTAINING", "reason": "Consistent on 6 calls.", "at": "2026-11-20T09:00:00Z"}]},
               "diagnosis": {"approach": "NONE", "reason": "Consistently shown: nothing to fix.", "mentor": null},
               "nextMoment": null, "actions": []},
              {"behaviourKey": "next-steps", "question": "Does the rep close with agreed next steps?", "category": "CLOSING",
               "weight": 2.0, "focus": true,
               "record": {"reviews": 6, "met": 1, "missed": 5, "recentReviews": 5, "recentMet": 1, "recentAdherence": 0.2,
                          "lastVerdict": "MISSED", "lastCallType": "discovery", "lastReviewedAt": "2026-11-27T15:40:00Z"},
               "memory": {"stability": 1.2, "difficulty": 7.9, "retrievability": 0.61, "targetRetention": 0.9,
                          "recallBelowTargetAt": "2026-11-28T09:00:00Z"},
               "stage": {"stage": "CONSCIOUSLY_INCOMPETENT",
                         "meaning": "Sees the gap, or knows how, but does not do it consistently yet: practice and feedback close it.",
                         "basis": "Met on 1 of the last 5 scored calls; on call c-19 the rep said they had not done it.",
                         "consistent": false, "atTarget": false},
               "path": {"phase": "MENTORING",
                        "meaning": "Hearing from a peer who does it consistently and can say why, to fill the gaps only a peer can.",
                        "since": "2026-11-20T09:00:00Z",
                        "reason": "Training done after 7 days of training: next, a peer shows how they do it.",
                        "next": "COACHING",
                        "nextWhen": "after 14 days of mentoring, once the rep has met their mentor (or none could be found)",
                        "nextEarliestAt": "2026-12-04T09:00:00Z",
                        "moves": [
                          {"from": null, "to": "TRAINING", "reason": "Every rep starts in training.", "at": "2026-11-02T10:05:00Z"},
                          {"from": "TRAINING", "to": "MENTORING", "reason": "Training done after 7 days of training: next, a peer shows how they do it.",
                           "at": "2026-11-20T09:00:00Z"}]},
               "diagnosis": {"approach": "MENTORING",
                             "reason": "Missed on 4 of 5 recent calls. Peer rep-7 consistently excels at it on discovery calls.",
                             "mentor": {"repId": "rep-7", "callType": "discovery", "calls": 6, "met": 6, "adherence": 1.0,
                                        "consistency": 0.61, "exampleCall": {"callId": "c-88", "callType": "discovery",
                                        "startedAt": "2026-11-18T14:00:00Z", "overallScore": 87.5,
                                        "quote": "So we agreed: demo on Tuesday with your CFO.",
                                        "url": "http://localhost:8080/calls/c-88/moment?t=1312"}}},
               "nextMoment": {"nudgeId": "n-41", "kind": "REINFORCEMENT", "dueAt": "2026-12-01T09:30:00Z",
                              "title": "Keep it fresh: close with agreed next steps"},
               "actions": [
                 {"kind": "MENTORING", "id": "p-3", "status": "PAIRED", "since": "2026-11-20T09:00:00Z", "mentorId": "rep-7"},
                 {"kind": "TRAINING", "id": "u-9", "status": "DONE", "since": "2026-11-13T09:00:00Z", "mentorId": null}]}]}""";

    @BeforeEach
    void answers() {
        StubRepServices.reset();
        StubScorecardService.reset();
        StubRepServices.answer("GET /api/reps/rep-rita/profile", PROFILE);
        StubRepServices.answer("GET /api/reps/rep-rita/inbox/unread-count", "{\"unread\": 2}");
        StubRepServices.answer("GET /api/reps/rep-rita/training", "[]");
    }

    @Test
    void aRepStopsSharingTheirMomentsFromTheirProfile() {
        Response page = as("rep-rita", "rep").get("/profile");
        assertThat(page.body().asString()).contains("Teammates may hear the moments of your calls", "Stop sharing my moments");
        StubRepServices.answer("PUT /api/reps/rep-rita/sharing", "{\"repId\": \"rep-rita\", \"shareMoments\": false}");

        Response saved = posting(page, "rep-rita", "rep").formParam("shareMoments", "false").post("/profile/sharing");

        assertThat(saved.statusCode()).as(saved.body().asString()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("/profile#sharing");
        assertThat(StubRepServices.lastBody("PUT /api/reps/rep-rita/sharing")).isEqualTo("{\"shareMoments\":false}");
        assertThat(as("coach-cara", "coach").get("/reps/rep-rita/profile").body().asString())
                .as("only the rep decides, on their own profile").doesNotContain("id=\"sharing\"");
    }

    @Test
    void aRepSeesTheirPathStageAndDiagnosisPerBehaviour() throws IOException {
        Response page = RestAssured.given().cookie(SessionCookie.NAME, token("rep-rita", "rep")).get("/profile");

        assertThat(page.statusCode()).as(page.body().asString()).isEqualTo(200);
        String html = page.body().asString();
        assertThat(html).contains("<h1>My profile", "data-phase=\"MENTORING\">mentoring</span>",
                "Why: Training done after 7 days of training: next, a peer shows how they do it.",
                "Next: <strong>coaching</strong>, after 14 days of mentoring, once the rep has met their mentor (or none could be found)",
                "not before <time datetime=\"2026-12-04T09:00:00Z\">2026-12-04 09:00 UTC</time>",
                "training → <strong>mentoring</strong>. Training done after 7 days",
                "<strong>training</strong>. Every rep starts in training.",
                "consciously incompetent", "Why: Met on 1 of the last 5 scored calls",
                "data-approach=\"MENTORING\"><strong>mentoring</strong> with rep-7",
                "Peer rep-7 consistently excels at it on discovery calls.",
                "href=\"http://localhost:8080/calls/c-88/moment?t=1312\">Hear how rep-7 does it</a>",
                "1 of 5</span> recent calls (20%)",
                "Keep it fresh: close with agreed next steps",
                "Mentoring with rep-7 · paired", "<a href=\"/training/u-9\">Training unit</a> · done", "No training unit assigned to you yet.",
                "href=\"/profile\">My profile</a>");
        assertThat(html.indexOf("data-behaviour=\"next-steps\"")).as("the focus behaviour first")
                .isLessThan(html.indexOf("data-behaviour=\"agenda\""));
        assertThat(html).contains("Does the rep close with agreed next steps? <span class=\"tag focus-tag\">focus</span>");
    }

    @Test
    void aCoachOpensARepOfTheirTeamAndAnotherRepIsTheServices404() throws IOException {
        String coach = token("coach-ana", "coach");

        Response shown = RestAssured.given().cookie(SessionCookie.NAME, coach).get("/reps/rep-rita/profile");
        Response hidden = RestAssured.given().cookie(SessionCookie.NAME, coach).get("/reps/rep-west/profile");

        assertThat(shown.statusCode()).as(shown.body().asString()).isEqualTo(200);
        assertThat(shown.body().asString()).contains("<h1>Profile of rep-rita", "href=\"/team?teamId=team-east\"",
                "data-phase=\"MENTORING\"", "href=\"http://localhost:8080/calls/c-88/moment?t=1312\"");
        assertThat(StubRepServices.RECEIVED).anyMatch(r -> r.startsWith("GET /api/reps/rep-west/profile "));
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body().asString()).contains("404 · Not Found").doesNotContain("data-phase");
    }

    @Test
    void aCoachSeesTheRepByTheirRosterName() {
        StubScorecardService.answer("GET /api/roster/reps/rep-rita", """
                {"repId": "rep-rita", "teamId": "team-east", "displayName": "Rita Reyes", "revision": 2, "enrolledBy": "admin-1",
                 "updatedAt": "2026-11-01T09:00:00Z"}""");

        String html = as("coach-cara", "coach").get("/reps/rep-rita/profile").body().asString();

        assertThat(html).contains("<title>Profile of Rita Reyes", "<h1>Profile of Rita Reyes <small class=\"muted\">rep-rita</small>");
    }

    private static String token(String userId, String role) throws IOException {
        return new TokenMinter(SigningKeys.readPrivateKey(LocalKeysResource.KEYS), TokenMinter.DEFAULT_ISSUER)
                .mint(userId, role, List.of("team-east"), Duration.ofHours(1));
    }
}
