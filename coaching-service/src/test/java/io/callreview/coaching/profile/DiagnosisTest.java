package io.callreview.coaching.profile;

import io.callreview.coaching.Scenario;
import io.callreview.events.EventCodec;
import io.callreview.events.RepResponse;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static io.callreview.coaching.Api.awaitProfile;
import static io.callreview.coaching.Api.behaviour;
import static io.callreview.coaching.Api.path;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One team, fed through the broker: a peer who always asks about budget, a rep who never does and says
 * so (training), one who never does and does not see it (mentoring), one who does it now and then
 * (coaching), and a new rep (training).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiagnosisTest {

    private static final String BUDGET = "ask-budget";

    @Inject
    EventCodec codec;

    Scenario scenario;
    String peer;
    String peerBestCall;
    String trainee;
    String mentee;
    String coachee;
    String newcomer;

    @BeforeAll
    void feedTheTeam() {
        scenario = new Scenario(codec);
        peer = scenario.newRep();
        trainee = scenario.newRep();
        mentee = scenario.newRep();
        coachee = scenario.newRep();
        newcomer = scenario.newRep();
        Instant start = Instant.now().minus(30, ChronoUnit.DAYS);

        double[] peerScores = {71, 94, 80, 66, 85};
        Scenario.Call peerCall = null;
        for (int i = 0; i < peerScores.length; i++) {
            peerCall = scenario.call(peer, start.plus(i * 4L, ChronoUnit.DAYS)).met(BUDGET).met("next-steps").score(peerScores[i]);
            if (peerScores[i] == 94) {
                peerBestCall = peerCall.id();
            }
            scenario.send(peerCall);
        }
        // the peer can say why it works: consciously competent, consistently
        scenario.reflection(peer, Scenario.unique("nudge"), BUDGET, peerCall.id(), null, "I ask what they have set aside",
                start.plus(17, ChronoUnit.DAYS));
        String lastTraineeCall = null;
        for (int i = 0; i < 4; i++) {
            Scenario.Call call = scenario.call(trainee, start.plus(i * 5L, ChronoUnit.DAYS)).missed(BUDGET).met("next-steps");
            scenario.send(call);
            lastTraineeCall = call.id();
            scenario.send(scenario.call(mentee, start.plus(i * 5L + 1, ChronoUnit.DAYS)).missed(BUDGET).met("next-steps"));
        }
        scenario.selfAssessment(trainee, BUDGET, lastTraineeCall, RepResponse.SelfAssessment.NO, start.plus(16, ChronoUnit.DAYS));
        boolean[] coacheeMet = {true, false, true, false, false};
        for (int i = 0; i < coacheeMet.length; i++) {
            Scenario.Call call = scenario.call(coachee, start.plus(i * 3L, ChronoUnit.DAYS)).met("next-steps");
            scenario.send(coacheeMet[i] ? call.met(BUDGET) : call.missed(BUDGET));
        }
        scenario.send(scenario.call(newcomer, start.plus(20, ChronoUnit.DAYS)).missed(BUDGET));
    }

    @Test
    void neverShownAndAcknowledgedIsTraining() {
        JsonPath profile = awaitProfile(trainee, this::traineeFullyKnown);
        Map<String, Object> diagnosis = diagnosis(profile, BUDGET);
        assertThat((String) diagnosis.get("reason")).contains("Never shown (0 of 4 scored calls)").contains("acknowledged");
        assertThat(diagnosis.get("mentor")).isNull();
        assertThat(path(behaviour(profile, BUDGET), "stage.stage")).isEqualTo("CONSCIOUSLY_INCOMPETENT");
        assertThat((String) path(behaviour(profile, BUDGET), "stage.basis")).contains("said they had not done it");
    }

    @Test
    void neverShownWithoutSeeingTheGapIsMentoringByTheBestPeer() {
        JsonPath profile = awaitProfile(mentee, p -> "MENTORING".equals(diagnosis(p, BUDGET).get("approach"))
                && peerCallsSeen(p));
        Map<String, Object> diagnosis = diagnosis(profile, BUDGET);
        assertThat(path(diagnosis, "mentor.repId")).isEqualTo(peer).isNotEqualTo(mentee);
        assertThat(path(diagnosis, "mentor.callType")).isEqualTo(Scenario.DISCOVERY);
        assertThat(path(diagnosis, "mentor.calls")).isEqualTo(5);
        assertThat(path(diagnosis, "mentor.exampleCall.callId")).isEqualTo(peerBestCall);
        assertThat(path(diagnosis, "mentor.exampleCall.quote")).isEqualTo(Scenario.quote(BUDGET, peerBestCall));
        assertThat((String) path(diagnosis, "mentor.exampleCall.url")).contains(peerBestCall).contains("t=60");
        assertThat((String) diagnosis.get("reason")).contains("Never shown").contains(peer).contains(peerBestCall);
        assertThat(path(behaviour(profile, BUDGET), "stage.stage")).isEqualTo("UNCONSCIOUSLY_INCOMPETENT");
    }

    @Test
    void shownButInconsistentIsCoaching() {
        JsonPath profile = awaitProfile(coachee, p -> Integer.valueOf(5).equals(path(behaviour(p, BUDGET), "record.reviews")));
        Map<String, Object> diagnosis = diagnosis(profile, BUDGET);
        assertThat(diagnosis.get("approach")).isEqualTo("COACHING");
        assertThat((String) diagnosis.get("reason")).contains("Shown before (2 of 5 scored calls overall").contains("inconsistently");
    }

    @Test
    void newRepIsTraining() {
        JsonPath profile = awaitProfile(newcomer, p -> p.getList("behaviours").size() == 1);
        assertThat(profile.getBoolean("newRep")).isTrue();
        assertThat(diagnosis(profile, BUDGET).get("approach")).isEqualTo("TRAINING");
        assertThat((String) diagnosis(profile, BUDGET).get("reason")).startsWith("New rep: only 1 scored call so far");
    }

    @Test
    void thePeerNeedsNothingAndIsNeverTheirOwnMentor() {
        JsonPath profile = awaitProfile(peer, p -> Boolean.TRUE.equals(path(behaviour(p, BUDGET), "stage.atTarget")));
        assertThat(diagnosis(profile, BUDGET).get("approach")).isEqualTo("NONE");
        assertThat(diagnosis(profile, BUDGET).get("mentor")).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void teamViewGroupsRepsByApproachAndNamesTheMentors() {
        awaitProfile(mentee, p -> "MENTORING".equals(diagnosis(p, BUDGET).get("approach")) && peerCallsSeen(p));
        awaitProfile(trainee, this::traineeFullyKnown);
        awaitProfile(coachee, p -> Integer.valueOf(5).equals(path(behaviour(p, BUDGET), "record.reviews")));
        awaitProfile(newcomer, p -> p.getList("behaviours").size() == 1);
        awaitProfile(peer, p -> Boolean.TRUE.equals(path(behaviour(p, BUDGET), "stage.atTarget")));
        JsonPath team = given().auth().oauth2(TestTokens.coach("coach-" + scenario.teamId(), scenario.teamId()))
                .get("/api/teams/" + scenario.teamId() + "/profile")
                .then().statusCode(200).extract().jsonPath();
        assertThat(team.getList("reps.repId")).contains(peer, trainee, mentee, coachee, newcomer);
        Map<String, Object> budget = team.getList("behaviours", Map.class).stream()
                .filter(b -> BUDGET.equals(b.get("behaviourKey"))).findFirst().orElseThrow();
        assertThat((List<Object>) path(budget, "approaches.MENTORING")).containsExactly(mentee);
        assertThat((List<Object>) path(budget, "approaches.COACHING")).containsExactly(coachee);
        assertThat((List<Object>) path(budget, "approaches.TRAINING")).containsExactlyInAnyOrder(trainee, newcomer);
        assertThat((List<Object>) path(budget, "approaches.NONE")).containsExactly(peer);
        assertThat(((List<Map<String, Object>>) budget.get("mentors")).get(0).get("repId")).isEqualTo(peer);
    }

    @Test
    void repsSeeOnlyThemselvesAndCoachesOnlyTheirTeams() {
        awaitProfile(mentee, p -> p.getList("behaviours").size() == 2);
        given().auth().oauth2(TestTokens.rep(mentee, scenario.teamId())).get("/api/reps/" + mentee + "/profile")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.rep(trainee, scenario.teamId())).get("/api/reps/" + mentee + "/profile")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.rep(trainee, scenario.teamId())).get("/api/reps/" + mentee + "/schedule")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.coach("coach-x", "some-other-team")).get("/api/reps/" + mentee + "/profile")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.coach("coach-x", "some-other-team")).get("/api/teams/" + scenario.teamId() + "/profile")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.coach("coach-y", scenario.teamId())).get("/api/reps/" + mentee + "/profile")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.rep(mentee, scenario.teamId())).get("/api/teams/" + scenario.teamId() + "/profile")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.integration()).get("/api/reps/" + mentee + "/profile")
                .then().statusCode(403);
        given().get("/api/reps/" + mentee + "/profile").then().statusCode(401);
        given().auth().oauth2(TestTokens.admin()).get("/api/reps/nobody-" + mentee + "/profile").then().statusCode(404);
    }

    /**
     * All four calls and the NO answer applied. "TRAINING" alone also holds earlier (a new rep, or no
     * answer yet) and the answer comes on another topic, in any order with the calls.
     */
    private boolean traineeFullyKnown(JsonPath traineeProfile) {
        Map<String, Object> budget = behaviour(traineeProfile, BUDGET);
        return Integer.valueOf(4).equals(path(budget, "record.reviews"))
                && "CONSCIOUSLY_INCOMPETENT".equals(path(budget, "stage.stage"));
    }

    private boolean peerCallsSeen(JsonPath menteeProfile) {
        return Integer.valueOf(5).equals(path(diagnosis(menteeProfile, BUDGET), "mentor.calls"))
                && peerBestCall.equals(path(diagnosis(menteeProfile, BUDGET), "mentor.exampleCall.callId"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> diagnosis(JsonPath profile, String key) {
        return (Map<String, Object>) behaviour(profile, key).get("diagnosis");
    }
}
