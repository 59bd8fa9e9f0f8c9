package io.callreview.scorecard.analytics;

import io.callreview.platform.audit.AuditEntry;
import io.callreview.scorecard.fixtures.CallFixtures;
import io.callreview.scorecard.fixtures.ReviewFixtures;
import io.callreview.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.callreview.scorecard.fixtures.CallFixtures.goodCallSegments;
import static io.callreview.scorecard.fixtures.CallFixtures.publishedDiscoveryType;
import static io.callreview.scorecard.fixtures.CallFixtures.unique;
import static io.callreview.scorecard.fixtures.ReviewFixtures.callWithoutNextStep;
import static io.callreview.scorecard.fixtures.ReviewFixtures.callWithoutQualification;
import static io.callreview.scorecard.fixtures.ReviewFixtures.postCall;
import static io.callreview.scorecard.fixtures.ReviewFixtures.review;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class AnalyticsTest {

    private static final String MARCH = "2026-03-01T00:00:00Z";
    private static final String APRIL = "2026-04-01T00:00:00Z";

    /**
     * Six reviewed calls. Qualification: the grader says MET on four, MISSED on two; coaches say MET, MET, MET,
     * MISSED (a false positive) on the four and MET (a false negative), MISSED on the two. So TP 3, FP 1, FN 1, TN 1:
     * precision 3/4, recall 3/4, and kappa = (4/6 - (4/6 * 4/6 + 2/6 * 2/6)) / (1 - 20/36) = 0.25.
     * Objection handling (the grader says NOT_APPLICABLE: no objection) is MISSED by the coach on one call and
     * NOT_APPLICABLE on the others: one comparison, a true negative, the other five left out; precision and recall are
 * undefined (no MET on either side). Agenda and next steps agree everywhere, all MET: kappa is undefined there too
     * (agreement by chance is certain). Worst kappa first, undefined last, then by key.
     */
    @Test
    void graderPrecisionAndRecallComeFromTheSeededReviews() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String coach = TestTokens.coach("coach-ana", team);
        String[] coachQualification = {"MET", "MET", "MET", "MISSED", "MET", "MISSED"};
        for (int i = 0; i < 6; i++) {
            String callId = postCall(type, unique("rep"), team, i < 4 ? goodCallSegments() : callWithoutQualification(),
                    "2026-03-0" + (2 + i) + "T10:00:00Z");
            given().auth().oauth2(coach).when().get("/api/calls/" + callId + "/score")
                    .then().body("behaviours.find { it.key == 'qualification' }.verdict", equalTo(i < 4 ? "MET" : "MISSED"));
            review(callId, coach, Map.of("qualification", coachQualification[i], "next-steps", "MET", "agenda", "MET",
                    "objection-handling", i == 0 ? "MISSED" : "NOT_APPLICABLE"));
        }
        postCall(type, unique("rep"), team, goodCallSegments(), "2026-03-10T10:00:00Z");

        given().config(ReviewFixtures.DOUBLES).auth().oauth2(coach)
                .queryParam("teamId", team).queryParam("from", MARCH).queryParam("to", APRIL)
                .when().get("/api/analytics/grader-accuracy")
                .then().statusCode(200)
                .body("behaviours.behaviourKey", equalTo(List.of("qualification", "agenda", "next-steps", "objection-handling")))
                .body("behaviours[0].compared", equalTo(6))
                .body("behaviours[0].truePositives", equalTo(3))
                .body("behaviours[0].falsePositives", equalTo(1))
                .body("behaviours[0].falseNegatives", equalTo(1))
                .body("behaviours[0].trueNegatives", equalTo(1))
                .body("behaviours[0].precision", closeTo(0.75, 1e-9))
                .body("behaviours[0].recall", closeTo(0.75, 1e-9))
                .body("behaviours[0].kappa", closeTo(0.25, 1e-9))
                .body("behaviours[1].precision", closeTo(1.0, 1e-9))
                .body("behaviours[1].truePositives", equalTo(6))
                .body("behaviours[1].kappa", nullValue())
                .body("behaviours[3].compared", equalTo(1))
                .body("behaviours[3].trueNegatives", equalTo(1))
                .body("behaviours[3].automaticNotApplicable", equalTo(1))
                .body("behaviours[3].coachNotApplicable", equalTo(5))
                .body("behaviours[3].precision", nullValue())
                .body("behaviours[3].recall", nullValue())
                .body("behaviours[3].kappa", nullValue())
                .body("versions.callType", equalTo(List.of(type)))
                .body("versions.scorecardVersion", equalTo(List.of(1)))
                // pooled over behaviours: qualification, agenda and next steps 6 each, objection handling 1
                .body("versions[0].compared", equalTo(19))
                .body("versions[0].precision", notNullValue());

        given().auth().oauth2(TestTokens.coach("coach-elsewhere", unique("team"))).queryParam("teamId", team)
                .when().get("/api/analytics/grader-accuracy").then().statusCode(404);
        given().auth().oauth2(TestTokens.rep(unique("rep"), team)).when().get("/api/analytics/grader-accuracy")
                .then().statusCode(403);
        given().auth().oauth2(coach).queryParam("teamId", team).queryParam("from", APRIL).queryParam("to", MARCH)
                .when().get("/api/analytics/grader-accuracy").then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    /** Whole UTC days, so that the tallies answer the default period alone: the twelve weeks up to the end of today. */
    @Test
    void theDefaultPeriodIsTheTwelveWeeksOfWholeDaysUpToTheEndOfToday() {
        java.time.Instant tomorrowBefore = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(java.time.Duration.ofDays(1));
        ValidatableResponse response = given().auth().oauth2(TestTokens.admin()).when().get("/api/analytics/grader-accuracy")
                .then().statusCode(200);
        java.time.Instant tomorrowAfter = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(java.time.Duration.ofDays(1));
        java.time.Instant to = java.time.Instant.parse(response.extract().path("to"));
        java.time.Instant from = java.time.Instant.parse(response.extract().path("from"));

        assertThat(to).isIn(tomorrowBefore, tomorrowAfter);
        assertThat(from).isEqualTo(to.minus(java.time.Duration.ofDays(84)));
        String explicitEnd = "2026-03-30T12:34:56Z";
        given().auth().oauth2(TestTokens.admin()).queryParam("to", explicitEnd).when().get("/api/analytics/grader-accuracy")
                .then().statusCode(200).body("to", equalTo(explicitEnd)).body("from", equalTo("2026-01-05T12:34:56Z"));
    }

    /**
     * Next steps of rep A: 2 of 2 in the week of 2 March, 1 of 2 in the week of 9 March: 3 of 4. Wilson 95% intervals
     * (z = 1.96, computed independently from the formula): 3/4 -> [0.3006, 0.9544], 2/2 -> [0.3424, 1], 1/2 -> [0.0945, 0.9055].
     * Rep B missed it on one call, then a coach's review says MET: the latest revision counts, 1 of 1 -> [0.2065, 1].
     */
    @Test
    void adherenceHasWeeklyBucketsAndWilsonIntervals() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String a = unique("rep-a");
        String b = unique("rep-b");
        postCall(type, a, team, goodCallSegments(), "2026-03-02T09:00:00Z");
        postCall(type, a, team, goodCallSegments(), "2026-03-08T23:00:00Z");
        postCall(type, a, team, goodCallSegments(), "2026-03-09T00:00:00Z");
        postCall(type, a, team, callWithoutNextStep(), "2026-03-13T12:00:00Z");
        String bCall = postCall(type, b, team, callWithoutNextStep(), "2026-03-10T12:00:00Z");
        postCall(type, a, team, goodCallSegments(), "2026-03-16T00:00:00Z");
        String coach = TestTokens.coach("coach-ana", team);
        review(bCall, coach, Map.of("qualification", "MET", "next-steps", "MET", "agenda", "MET", "objection-handling", "NOT_APPLICABLE"));
        given().auth().oauth2(TestTokens.admin()).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("teamId", team, "displayName", "Ana Alves")).when().put("/api/roster/reps/" + a).then().statusCode(200);

        adherence(coach, Map.of("teamId", team, "groupBy", "rep"))
                .statusCode(200)
                .body("groupBy", equalTo("rep"))
                .body("weeks", equalTo(List.of("2026-03-02", "2026-03-09")))
                .body("groups.key", equalTo(List.of(a, b).stream().sorted().toList()))
                .body("groups.find { it.key == '" + a + "' }.name", equalTo("Ana Alves"))
                .body("groups.find { it.key == '" + b + "' }.name", nullValue())
                .body(nextSteps(a) + ".met", equalTo(3))
                .body(nextSteps(a) + ".observed", equalTo(4))
                .body(nextSteps(a) + ".rate", closeTo(0.75, 1e-9))
                .body(nextSteps(a) + ".low", closeTo(0.3006418, 1e-6))
                .body(nextSteps(a) + ".high", closeTo(0.9544127, 1e-6))
                .body(nextSteps(a) + ".weekly.observed", equalTo(List.of(2, 2)))
                .body(nextSteps(a) + ".weekly[0].low", closeTo(0.3423802, 1e-6))
                .body(nextSteps(a) + ".weekly[0].high", closeTo(1.0, 1e-9))
                .body(nextSteps(a) + ".weekly[1].low", closeTo(0.0945312, 1e-6))
                .body(nextSteps(a) + ".weekly[1].high", closeTo(0.9054688, 1e-6))
                .body(nextSteps(b) + ".met", equalTo(1))
                .body(nextSteps(b) + ".low", closeTo(0.2065493, 1e-6))
                .body(nextSteps(b) + ".weekly.observed", equalTo(List.of(0, 1)))
                .body(nextSteps(b) + ".weekly[0].rate", nullValue());
        adherence(coach, Map.of("teamId", team, "groupBy", "team"))
                .statusCode(200)
                .body("groups.key", equalTo(List.of(team)))
                .body("groups[0].name", nullValue())
                .body("groups[0].behaviours.find { it.behaviourKey == 'next-steps' }.met", equalTo(4))
                .body("groups[0].behaviours.find { it.behaviourKey == 'next-steps' }.observed", equalTo(5))
                .body("groups[0].behaviours.find { it.behaviourKey == 'objection-handling' }.observed", equalTo(0));
        adherence(coach, Map.of("teamId", team, "groupBy", "callType"))
                .statusCode(200).body("groupBy", equalTo("callType")).body("groups.key", equalTo(List.of(type)));

        adherence(TestTokens.rep(a, team), Map.of()).statusCode(200).body("groups.key", equalTo(List.of(a)));
        adherence(TestTokens.rep(a, team), Map.of("repId", b)).statusCode(404);
        adherence(TestTokens.coach("coach-elsewhere", unique("team")), Map.of("teamId", team)).statusCode(404);
        adherence(coach, Map.of("teamId", team, "groupBy", "week")).statusCode(400).body("errors[0].field", equalTo("groupBy"));
        adherence(coach, Map.of("teamId", team, "from", "yesterday")).statusCode(400).body("errors[0].field", equalTo("from"));
    }

    /**
     * Rep R's next steps over six calls in order: MET, MET, MISSED, MET, MET, MISSED. Repeat rate 2 of 4 (a MET call
     * followed by MET), current streak 0, longest 2, three switches. Gaps: a call's decided weight is 5 (qualification 2,
     * next steps 2, agenda 1), so a MISSED next step costs 40 points; two of six calls lose it: 13.3 points per call.
     * Qualification is missed once: 6.7. Average score (100 * 3 + 60 * 3) / 6 = 80.
     */
    @Test
    void consistencyAndGapsFollowTheCallsInOrderAndTheScorecardWeights() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String rep = unique("rep");
        List<List<Map<String, Object>>> calls = List.of(goodCallSegments(), goodCallSegments(), callWithoutNextStep(),
                goodCallSegments(), callWithoutQualification(), callWithoutNextStep());
        for (int i = 0; i < calls.size(); i++) {
            postCall(type, rep, team, calls.get(i), "2026-03-1" + i + "T10:00:00Z");
        }
        String coach = TestTokens.coach("coach-ana", team);

        given().config(ReviewFixtures.DOUBLES).auth().oauth2(coach)
                .queryParam("teamId", team).queryParam("behaviourKey", "next-steps").queryParam("from", MARCH).queryParam("to", APRIL)
                .when().get("/api/analytics/consistency")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].repId", equalTo(rep))
                .body("items[0].calls", equalTo(6))
                .body("items[0].met", equalTo(4))
                .body("items[0].repeatRate", closeTo(0.5, 1e-9))
                .body("items[0].currentStreak", equalTo(0))
                .body("items[0].longestStreak", equalTo(2))
                .body("items[0].switches", equalTo(3));

        for (Map<String, String> scope : List.of(Map.of("repId", rep), Map.of("teamId", team))) {
            given().config(ReviewFixtures.DOUBLES).auth().oauth2(coach).queryParams(scope)
                    .queryParam("from", MARCH).queryParam("to", APRIL)
                    .when().get("/api/analytics/gaps")
                    .then().statusCode(200)
                    .body("calls", equalTo(6))
                    .body("averageScore", closeTo(80.0, 1e-9))
                    .body("gaps.behaviourKey", equalTo(List.of("next-steps", "qualification")))
                    .body("gaps[0].pointsIfFixed", closeTo(13.3, 1e-9))
                    .body("gaps[0].missed", equalTo(2))
                    .body("gaps[0].critical", equalTo(true))
                    .body("gaps[0].autoFails", equalTo(2))
                    .body("gaps[1].pointsIfFixed", closeTo(6.7, 1e-9));
        }
        given().auth().oauth2(TestTokens.rep(rep, team)).queryParam("from", MARCH).queryParam("to", APRIL).queryParam("limit", 1)
                .when().get("/api/analytics/gaps")
                .then().statusCode(200).body("repId", equalTo(rep)).body("gaps.behaviourKey", equalTo(List.of("next-steps")));
        given().auth().oauth2(TestTokens.rep(unique("rep"), team)).queryParam("repId", rep)
                .when().get("/api/analytics/consistency").then().statusCode(404);
        // a misspelt rep is not a rep without gaps
        given().auth().oauth2(coach).queryParam("repId", rep + "x").when().get("/api/analytics/gaps")
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString(rep + "x"));
        String newcomer = unique("rep");
        given().auth().oauth2(TestTokens.rep(newcomer, team)).queryParam("repId", newcomer).when().get("/api/analytics/gaps")
                .then().statusCode(200).body("calls", equalTo(0));
    }

    @Test
    void theExportSaysItIsForCoachingAndHoldsTheLatestScoreOfEachCall() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String coach = TestTokens.coach("coach-ana", team);
        String named = unique("rep");
        given().auth().oauth2(TestTokens.admin()).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("teamId", team, "displayName", "Rita Reyes")).when().put("/api/roster/reps/" + named).then().statusCode(200);
        String reviewed = postCall(type, named, team, goodCallSegments(), "2026-03-03T10:00:00Z");
        review(reviewed, coach, Map.of("qualification", "MET", "next-steps", "MISSED", "agenda", "MET", "objection-handling", "NOT_APPLICABLE"));
        Map<String, Object> body = new HashMap<>(CallFixtures.call(type, "=rep-formula", team, CallFixtures.segmentsTranscript(goodCallSegments())));
        body.put("externalId", "=HYPERLINK(\"http://evil.example\")");
        body.put("startedAt", "2026-03-04T10:00:00Z");
        CallFixtures.postAndAwaitGraded(body);

        String csv = given().auth().oauth2(coach).queryParam("teamId", team).queryParam("from", MARCH).queryParam("to", APRIL)
                .when().get("/api/exports/scores.csv")
                .then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"scores-2026-03-01-to-2026-04-01.csv\""))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("# These scores are for coaching, not for employment decisions.");
        assertThat(lines.get(1)).isEqualTo("# Period: calls started from 2026-03-01T00:00:00Z to 2026-04-01T00:00:00Z.");
        assertThat(lines.get(2)).isEqualTo("call_id,external_id,source,rep_id,rep_name,team_id,call_type,started_at,duration_seconds,"
                + "scorecard_version,revision,scorer,scorer_id,overall_score,auto_failed,qualification,next-steps,agenda,objection-handling");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(4)).startsWith(reviewed + ",").contains("," + named + ",Rita Reyes," + team + ",")
                .contains(",2026-03-03T10:00:00Z,1800,1,2,COACH,coach-ana,60.0,true,MET,MISSED,MET,NOT_APPLICABLE");
        assertThat(lines.get(3)).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\",testcrm,'=rep-formula,," + team + ",")
                .endsWith(",1,1,AUTOMATIC,,100.0,false,MET,MET,MET,NOT_APPLICABLE");

        List<String> plain = given().auth().oauth2(coach).queryParam("teamId", team).queryParam("from", MARCH)
                .queryParam("to", APRIL).queryParam("notice", false).when().get("/api/exports/scores.csv")
                .then().statusCode(200)
                .header("X-Scores-Purpose", org.hamcrest.Matchers.startsWith("These scores are for coaching, not for employment decisions."))
                .extract().asString().lines().toList();
        assertThat(plain).as("without the # lines, the column names come first").containsExactlyElementsOf(lines.subList(2, 5));

        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list("entityType = ?1 AND actorId = ?2 ORDER BY id DESC",
                "export", "coach-ana").get(0).details)).containsEntry("callsInPeriod", 2).containsEntry("teams", List.of(team));
        given().auth().oauth2(TestTokens.rep(unique("rep"), team)).when().get("/api/exports/scores.csv").then().statusCode(403);
        given().auth().oauth2(TestTokens.coach("coach-elsewhere", unique("team"))).queryParam("teamId", team)
                .when().get("/api/exports/scores.csv").then().statusCode(404);
    }

    /** Tests stream the export two calls per query (callreview.export.chunk-size), so these three cross chunk boundaries. */
    @Test
    void theExportStreamsEveryCallOfThePeriodOnceNewestFirstWithTiesById() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String coach = TestTokens.coach("coach-streams", team);
        String later = postCall(type, unique("rep"), team, goodCallSegments(), "2026-03-20T10:00:00Z");
        String tiedOne = postCall(type, unique("rep"), team, goodCallSegments(), "2026-03-10T10:00:00Z");
        String tiedTwo = postCall(type, unique("rep"), team, goodCallSegments(), "2026-03-10T10:00:00Z");
        postCall(type, unique("rep"), team, goodCallSegments(), "2026-04-02T10:00:00Z");

        String csv = given().auth().oauth2(coach).queryParam("from", MARCH).queryParam("to", APRIL)
                .when().get("/api/exports/scores.csv").then().statusCode(200).extract().asString();
        List<String> ids = csv.lines().skip(3).map(line -> line.substring(0, line.indexOf(','))).toList();
        List<String> tied = java.util.stream.Stream.of(tiedOne, tiedTwo).sorted().toList();
        assertThat(ids).containsExactly(later, tied.get(0), tied.get(1));
    }

    @Test
    void disputesAreCountedPerBehaviour() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String rep = unique("rep");
        for (String behaviour : List.of("agenda", "next-steps")) {
            String callId = postCall(type, rep, team, goodCallSegments(), "2026-03-05T10:00:00Z");
            given().auth().oauth2(TestTokens.rep(rep, team)).contentType(ContentType.JSON)
                    .body(Map.of("behaviourKey", behaviour, "comment", "not what happened"))
                    .when().post("/api/calls/" + callId + "/disputes").then().statusCode(201);
            if (behaviour.equals("agenda")) {
                given().auth().oauth2(TestTokens.rep(rep, team)).contentType(ContentType.JSON)
                        .body(Map.of("behaviourKey", "next-steps", "comment", "and this"))
                        .when().post("/api/calls/" + callId + "/disputes").then().statusCode(201);
            }
        }
        given().config(ReviewFixtures.DOUBLES).auth().oauth2(TestTokens.coach("coach-ana", team))
                .queryParam("teamId", team).queryParam("from", MARCH).queryParam("to", APRIL)
                .when().get("/api/analytics/disputes")
                .then().statusCode(200)
                .body("behaviours[0].behaviourKey", equalTo("next-steps"))
                .body("behaviours[0].disputes", equalTo(2))
                .body("behaviours[0].open", equalTo(2))
                .body("behaviours[0].scoredCalls", equalTo(2))
                .body("behaviours[0].disputeRate", closeTo(1.0, 1e-9))
                .body("behaviours.find { it.behaviourKey == 'agenda' }.disputes", equalTo(1))
                .body("behaviours.find { it.behaviourKey == 'qualification' }.disputes", equalTo(0));
    }

    private static ValidatableResponse adherence(String token, Map<String, String> params) {
        Map<String, String> query = new HashMap<>(Map.of("from", "2026-03-02T00:00:00Z", "to", "2026-03-16T00:00:00Z"));
        query.putAll(params);
        return given().config(ReviewFixtures.DOUBLES).auth().oauth2(token).queryParams(query)
                .when().get("/api/analytics/adherence").then();
    }

    private static String nextSteps(String rep) {
        return "groups.find { it.key == '" + rep + "' }.behaviours.find { it.behaviourKey == 'next-steps' }";
    }
}
