package io.callreview.scorecard.calibration;

import io.callreview.platform.audit.AuditEntry;
import io.callreview.scorecard.fixtures.ReviewFixtures;
import io.callreview.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.callreview.scorecard.fixtures.CallFixtures.goodCallSegments;
import static io.callreview.scorecard.fixtures.CallFixtures.publishedDiscoveryType;
import static io.callreview.scorecard.fixtures.CallFixtures.unique;
import static io.callreview.scorecard.fixtures.ReviewFixtures.postCall;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class CalibrationTest {

    /**
     * Qualification, coaches A, B and C on five calls: (MET, MET, MET) (MISSED, MISSED, MISSED) (MET, MET, MISSED)
     * (MISSED, MISSED, MET) (MET, MET, MET). Computed by hand: agreeing pairs per call 1, 1, 1/3, 1/3, 1, so
     * P-bar = 11/15 = 0.7333; p(MET) = 9/15, p(MISSED) = 6/15, P-e = 0.36 + 0.16 = 0.52;
     * Fleiss' kappa = (11/15 - 0.52) / (1 - 0.52) = 4/9 = 0.4444. The majority is MET, MISSED, MET, MISSED, MET,
     * and C departs from it twice in five calls (0.4).
     * Next steps: all three say MET on the first three calls and MISSED on the last two: kappa 1.
     */
    private static final String[][] QUALIFICATION = {
            {"MET", "MET", "MET"}, {"MISSED", "MISSED", "MISSED"}, {"MET", "MET", "MISSED"}, {"MISSED", "MISSED", "MET"}, {"MET", "MET", "MET"}};
    private static final String[] NEXT_STEPS = {"MET", "MET", "MET", "MISSED", "MISSED"};

    @Test
    void threeCoachesRateBlindAndTheAgreementIsFleissKappaOnceClosed() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(postCall(type, unique("rep"), team, goodCallSegments()));
        }
        String a = unique("coach-a");
        String b = unique("coach-b");
        String c = unique("coach-c");
        String d = unique("coach-d");
        coachesOnRoster(team, a, b, c, d);
        String creator = TestTokens.coach(a, team);

        String sessionId = given().auth().oauth2(creator).contentType(ContentType.JSON)
                .body(Map.of("name", "March calibration", "callIds", calls, "coachIds", List.of(a, b, c, d),
                        "behaviourKeys", List.of("qualification", "next-steps")))
                .when().post("/api/calibrations")
                .then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("callType", equalTo(type))
                .body("coaches.expected", equalTo(List.of(10, 10, 10, 10)))
                .extract().path("id");
        String path = "/api/calibrations/" + sessionId;

        String[] coaches = {a, b, c};
        for (int r = 0; r < 3; r++) {
            List<Map<String, String>> ratings = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ratings.add(Map.of("callId", calls.get(i), "behaviourKey", "qualification", "verdict", QUALIFICATION[i][r]));
                ratings.add(Map.of("callId", calls.get(i), "behaviourKey", "next-steps", "verdict", NEXT_STEPS[i]));
            }
            given().auth().oauth2(TestTokens.coach(coaches[r], unique("team"))).contentType(ContentType.JSON)
                    .body(Map.of("ratings", ratings)).when().put(path + "/ratings")
                    .then().statusCode(200).body("ratings", hasSize(10));
        }
        // D rates one call only: left out of the agreement as incomplete.
        given().auth().oauth2(TestTokens.coach(d)).contentType(ContentType.JSON)
                .body(Map.of("ratings", List.of(Map.of("callId", calls.get(0), "behaviourKey", "qualification", "verdict", "MISSED"))))
                .when().put(path + "/ratings").then().statusCode(200);

        // Blind: B sees only B's answers and everyone's progress; the agreement waits for the close.
        given().auth().oauth2(TestTokens.coach(b)).when().get(path)
                .then().statusCode(200)
                .body("ratings", hasSize(10))
                .body("ratings.coachId.unique()", equalTo(List.of(b)))
                .body("coaches.find { it.coachId == '" + d + "' }.rated", equalTo(1));
        given().auth().oauth2(TestTokens.admin()).when().get(path).then().statusCode(200).body("ratings", hasSize(0));
        given().auth().oauth2(TestTokens.coach(b)).when().get(path + "/agreement").then().statusCode(409);
        given().auth().oauth2(TestTokens.coach(unique("coach"), team)).when().get(path).then().statusCode(404);
        given().auth().oauth2(TestTokens.coach(b)).when().post(path + "/close").then().statusCode(403);

        given().auth().oauth2(creator).when().post(path + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
        given().auth().oauth2(creator).when().post(path + "/close").then().statusCode(409);
        given().auth().oauth2(TestTokens.coach(c)).contentType(ContentType.JSON)
                .body(Map.of("ratings", List.of(Map.of("callId", calls.get(0), "behaviourKey", "qualification", "verdict", "MET"))))
                .when().put(path + "/ratings").then().statusCode(409);
        given().auth().oauth2(TestTokens.coach(b)).when().get(path).then().body("ratings", hasSize(31));

        given().config(ReviewFixtures.DOUBLES).auth().oauth2(TestTokens.coach(c)).when().get(path + "/agreement")
                .then().statusCode(200)
                .body("behaviours.behaviourKey", equalTo(List.of("qualification", "next-steps")))
                .body("behaviours[0].raters", equalTo(List.of(a, b, c)))
                .body("behaviours[0].incomplete", equalTo(List.of(d)))
                .body("behaviours[0].kappaMethod", equalTo("FLEISS"))
                .body("behaviours[0].kappa", closeTo(4.0 / 9, 1e-6))
                .body("behaviours[0].percentAgreement", closeTo(11.0 / 15, 1e-6))
                .body("behaviours[0].consensus.verdict", equalTo(List.of("MET", "MISSED", "MET", "MISSED", "MET")))
                .body("behaviours[0].deviations.find { it.coachId == '" + c + "' }.differing", equalTo(2))
                .body("behaviours[0].deviations.find { it.coachId == '" + c + "' }.rate", closeTo(0.4, 1e-6))
                .body("behaviours[0].deviations.find { it.coachId == '" + a + "' }.differing", equalTo(0))
                .body("behaviours[1].kappa", closeTo(1.0, 1e-6))
                .body("behaviours[1].percentAgreement", closeTo(1.0, 1e-6))
                .body("coaches.find { it.coachId == '" + c + "' }.rate", closeTo(0.2, 1e-6))
                .body("coaches.find { it.coachId == '" + d + "' }.compared", equalTo(0))
                .body("coaches.find { it.coachId == '" + c + "' }.split", equalTo(0));

        List<String> audited = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list(
                "entityId = ?1 ORDER BY id", sessionId).stream().map(e -> e.action).toList());
        assertThat(audited).containsExactly("CALIBRATION_CREATED", "CALIBRATION_RATED", "CALIBRATION_RATED",
                "CALIBRATION_RATED", "CALIBRATION_RATED", "CALIBRATION_CLOSED");
    }

    @Test
    void twoCoachesGetCohensKappa() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(postCall(type, unique("rep"), team, goodCallSegments()));
        }
        String a = unique("coach-a");
        String b = unique("coach-b");
        coachesOnRoster(team, a, b);
        String sessionId = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "pair", "callIds", calls, "coachIds", List.of(a, b), "behaviourKeys", List.of("agenda")))
                .when().post("/api/calibrations").then().statusCode(201).extract().path("id");
        // A: MET MET MISSED MISSED MET, B: MET MISSED MISSED MISSED MET: p-o = 0.8, p-e = 0.48, kappa = 8/13.
        String[][] verdicts = {{"MET", "MET", "MISSED", "MISSED", "MET"}, {"MET", "MISSED", "MISSED", "MISSED", "MET"}};
        String[] coaches = {a, b};
        for (int r = 0; r < 2; r++) {
            List<Map<String, String>> ratings = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ratings.add(Map.of("callId", calls.get(i), "behaviourKey", "agenda", "verdict", verdicts[r][i]));
            }
            given().auth().oauth2(TestTokens.coach(coaches[r])).contentType(ContentType.JSON).body(Map.of("ratings", ratings))
                    .when().put("/api/calibrations/" + sessionId + "/ratings").then().statusCode(200);
        }
        given().auth().oauth2(TestTokens.admin()).when().post("/api/calibrations/" + sessionId + "/close").then().statusCode(200);
        given().config(ReviewFixtures.DOUBLES).auth().oauth2(TestTokens.coach(a)).when().get("/api/calibrations/" + sessionId + "/agreement")
                .then().statusCode(200)
                .body("behaviours[0].kappaMethod", equalTo("COHEN"))
                .body("behaviours[0].kappa", closeTo(8.0 / 13, 1e-6))
                .body("behaviours[0].percentAgreement", closeTo(0.8, 1e-6))
                // Two coaches who disagree split evenly: no consensus, so no deviation, but the split is counted.
                .body("coaches.find { it.coachId == '" + a + "' }.compared", equalTo(4))
                .body("coaches.find { it.coachId == '" + a + "' }.differing", equalTo(0))
                .body("coaches.find { it.coachId == '" + a + "' }.split", equalTo(1))
                .body("coaches.find { it.coachId == '" + b + "' }.split", equalTo(1));
        given().auth().oauth2(TestTokens.coach(a)).when().get("/api/calibrations")
                .then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(sessionId));
    }

    @Test
    void sessionsAreCheckedAgainstTheCallsAndTheirScorecards() {
        String type = publishedDiscoveryType();
        String otherType = publishedDiscoveryType();
        String team = unique("team");
        String call = postCall(type, unique("rep"), team, goodCallSegments());
        String other = postCall(otherType, unique("rep"), team, goodCallSegments());
        String foreign = postCall(type, unique("rep"), unique("team"), goodCallSegments());
        String coach = TestTokens.coach("coach-ana", team);
        coachesOnRoster(team, "coach-ana", "coach-ben");

        create(coach, List.of(call, foreign), List.of("coach-ana", "coach-ben"), null)
                .then().statusCode(404).body("errors[0].field", equalTo("callIds[1]"));
        create(coach, List.of(call, other), List.of("coach-ana", "coach-ben"), null)
                .then().statusCode(422).body("errors[0].field", equalTo("callIds[1]"));
        create(coach, List.of(call), List.of("coach-ana"), null)
                .then().statusCode(400).body("errors[0].field", equalTo("coachIds"));
        create(coach, List.of(call), List.of("coach-ana", "coach-ana"), null)
                .then().statusCode(400).body("errors[0].field", equalTo("coachIds[1]"));
        create(coach, List.of(call), List.of("coach-ana", "coach-ben"), List.of("rapport"))
                .then().statusCode(422).body("errors[0].field", equalTo("behaviourKeys[0]"));

        String sessionId = create(coach, List.of(call), List.of("coach-ana", "coach-ben"), null)
                .then().statusCode(201)
                .body("behaviourKeys", equalTo(List.of("qualification", "next-steps", "agenda", "objection-handling")))
                .extract().path("id");
        String path = "/api/calibrations/" + sessionId + "/ratings";
        rate(coach, path, other, "agenda", "MET").then().statusCode(400).body("errors[0].field", equalTo("ratings[0].callId"));
        rate(coach, path, call, "agenda", "NEEDS_REVIEW").then().statusCode(400).body("errors[0].field", equalTo("ratings[0].verdict"));
        rate(coach, path, call, "agenda", "NOT_APPLICABLE").then().statusCode(400)
                .body("errors[0].field", equalTo("ratings[0].verdict")).body("detail", containsString("NOT_APPLICABLE"));
        rate(coach, path, call, "objection-handling", "NOT_APPLICABLE").then().statusCode(200);
        rate(TestTokens.coach("coach-cleo", team), path, call, "agenda", "MET").then().statusCode(404);
        rate(TestTokens.admin(), path, call, "agenda", "MET").then().statusCode(403);
    }

    @Test
    void onlyCoachesOfTheCallsTeamMayBeNamedExceptTheAdminWhoCreatesIt() {
        String type = publishedDiscoveryType();
        String team = unique("team");
        String otherTeam = unique("team");
        String call = postCall(type, unique("rep"), team, goodCallSegments());
        String ours = unique("coach");
        String theirs = unique("coach");
        String unknown = unique("coach");
        coachesOnRoster(team, ours);
        coachesOnRoster(otherTeam, theirs);
        String coach = TestTokens.coach(ours, team);

        create(coach, List.of(call), List.of(ours, theirs), null)
                .then().statusCode(422).body("errors[0].field", equalTo("coachIds[1]"))
                .body("detail", containsString(team));
        create(coach, List.of(call), List.of(ours, unknown), null)
                .then().statusCode(422).body("errors[0].field", equalTo("coachIds[1]"));
        create(TestTokens.admin(), List.of(call), List.of("admin-1", theirs), null)
                .then().statusCode(422).body("errors[0].field", equalTo("coachIds[1]"));
        create(TestTokens.admin(), List.of(call), List.of("admin-1", ours), null).then().statusCode(201);
        given().auth().oauth2(TestTokens.coach(theirs, otherTeam)).when().get("/api/calibrations")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    /** The roster is where coaches' teams are kept: only they may be named in a session on their team's calls. */
    private static void coachesOnRoster(String team, String... coaches) {
        for (String coach : coaches) {
            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("teams", List.of(team)))
                    .when().put("/api/roster/coaches/" + coach).then().statusCode(200);
        }
    }

    private static io.restassured.response.Response create(String token, List<String> calls, List<String> coaches, List<String> behaviours) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "check", "callIds", calls, "coachIds", coaches));
        if (behaviours != null) {
            body.put("behaviourKeys", behaviours);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/calibrations");
    }

    private static io.restassured.response.Response rate(String token, String path, String call, String behaviour, String verdict) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("ratings", List.of(Map.of("callId", call, "behaviourKey", behaviour, "verdict", verdict))))
                .when().put(path);
    }
}
