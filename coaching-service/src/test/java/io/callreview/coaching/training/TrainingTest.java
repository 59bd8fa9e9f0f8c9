package io.callreview.coaching.training;

import io.callreview.coaching.Scenario;
import io.callreview.coaching.nudge.NudgeDispatcher;
import io.callreview.coaching.rules.Days;
import io.callreview.coaching.rules.Fsrs;
import io.callreview.events.EventCodec;
import io.callreview.testsupport.AuditTrailContract;
import io.callreview.testsupport.MutableClock;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.callreview.coaching.Api.awaitProfile;
import static io.callreview.coaching.Api.awaitSchedule;
import static io.callreview.coaching.Api.behaviour;
import static io.callreview.coaching.Api.path;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A new rep who misses a behaviour gets a training unit built from the scorecard's guidance and teammates' moments
 * (only of those who share them); once the rep marks it done, spaced quizzes follow, each answer an FSRS review, so
 * the intervals lengthen as the rep answers right, until the unit is passed.
 */
@QuarkusTest
class TrainingTest {

    private static final String BUDGET = "ask-budget";
    private static final String AGENDA = "open-agenda";
    private static final List<String> BUDGET_POINTS = List.of("Plan to ask budget.", "Listen to the answer about ask budget.");
    private static final Instant WEDNESDAY_10 = Instant.parse("2030-05-15T10:00:00Z");
    private static final Duration MIN_DELAY = Duration.ofHours(20);

    @Inject
    EventCodec codec;

    @Inject
    MutableClock clock;

    @Inject
    NudgeDispatcher dispatcher;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTrainingUnitIsAssignedDoneAndFollowedBySpacedQuizzesUntilPassed() {
        clock.set(WEDNESDAY_10);
        Scenario team = new Scenario(codec);
        String rep = team.newRep();
        String sharing = team.newRep();
        String keeper = team.newRep();
        Scenario.Call shared = team.call(sharing, WEDNESDAY_10.minus(Duration.ofDays(3))).met(BUDGET).met(AGENDA);
        team.send(shared);
        team.send(team.call(keeper, WEDNESDAY_10.minus(Duration.ofDays(2))).met(BUDGET).met(AGENDA));
        given().auth().oauth2(TestTokens.rep(keeper, team.teamId())).contentType(ContentType.JSON)
                .body(Map.of("shareMoments", false)).put("/api/reps/" + keeper + "/sharing").then().statusCode(200);
        awaitProfile(keeper, p -> p.getInt("scoredCalls") == 1 && !p.getBoolean("shareMoments"));

        Instant callAt = WEDNESDAY_10.minusSeconds(3600);
        team.send(team.call(rep, callAt).missed(BUDGET).met(AGENDA));
        String repToken = TestTokens.rep(rep, team.teamId());
        await().atMost(Duration.ofSeconds(30)).until(() -> units(repToken, rep).size() == 1);
        Map<String, Object> unit = units(repToken, rep).get(0);
        String unitId = (String) unit.get("id");
        assertThat(unit.get("behaviourKey")).isEqualTo(BUDGET);
        assertThat(unit.get("status")).isEqualTo("ASSIGNED");
        assertThat((String) unit.get("reason")).startsWith("New rep: only 1 scored call");
        assertThat(unit.get("guidancePoints")).isEqualTo(BUDGET_POINTS);
        List<Map<String, Object>> moments = cast(unit.get("peerMoments"));
        assertThat(moments).hasSize(1);
        assertThat(moments.get(0).get("callId")).isEqualTo(shared.id());
        assertThat(moments.get(0).get("quote")).isEqualTo(Scenario.quote(BUDGET, shared.id()));
        assertThat(moments.get(0).get("at")).isEqualTo("1:00");
        List<Map<String, Object>> profileActions = cast(path(behaviour(awaitProfile(rep, p -> true), BUDGET), "actions"));
        assertThat(profileActions).singleElement().satisfies(a -> assertThat(a).containsEntry("kind", "TRAINING")
                .containsEntry("id", unitId).containsEntry("status", "ASSIGNED"));

        // the rep is told, with a link to the unit; no reinforcement before the unit is done
        JsonPath schedule = awaitSchedule(rep, s -> s.getList("upcoming.kind").contains("TRAINING")
                || s.getList("recent.kind").contains("TRAINING"));
        assertThat(schedule.getList("upcoming.findAll { it.kind == 'REINFORCEMENT' && it.behaviourKey == 'ask-budget' }")).isEmpty();
        assertThat(schedule.getString("upcoming.find { it.kind == 'TRAINING' }.actions[0].url")
                + schedule.getString("recent.find { it.kind == 'TRAINING' }.actions[0].url")).contains(unitId);

        // only the rep (or an admin) marks it done; others do not even see it
        String stranger = TestTokens.rep(team.newRep(), team.teamId());
        given().auth().oauth2(stranger).get("/api/reps/" + rep + "/training").then().statusCode(404);
        given().auth().oauth2(stranger).post("/api/training/" + unitId + "/done").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(stranger).get("/api/training/" + unitId).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(repToken).get("/api/training/" + unitId).then().statusCode(200)
                .body("id", equalTo(unitId)).body("behaviourKey", equalTo(BUDGET)).body("peerMoments[0].at", equalTo("1:00"));
        String coach = TestTokens.coach("coach-" + team.teamId(), team.teamId());
        given().auth().oauth2(coach).get("/api/reps/" + rep + "/training").then().statusCode(200);
        given().auth().oauth2(coach).post("/api/training/" + unitId + "/done").then().statusCode(403);
        given().auth().oauth2(TestTokens.coach("coach-x", "other-team")).get("/api/reps/" + rep + "/training").then().statusCode(404);
        given().auth().oauth2(coach).get("/api/training/" + unitId).then().statusCode(200).body("repId", equalTo(rep));
        given().auth().oauth2(TestTokens.coach("coach-x", "other-team")).get("/api/training/" + unitId).then().statusCode(404);

        Instant doneAt = WEDNESDAY_10.plus(Duration.ofMinutes(30));
        clock.set(doneAt);
        given().auth().oauth2(repToken).post("/api/training/" + unitId + "/done").then().statusCode(200)
                .body("status", equalTo("DONE"));
        given().auth().oauth2(repToken).post("/api/training/" + unitId + "/done").then().statusCode(200)
                .body("status", equalTo("DONE")).body("doneAt", equalTo(doneAt.toString()));
        assertThat(AuditTrailContract.entries("training-unit", unitId).getList("items.action")).containsExactly("TRAINING_DONE");

        // quizzes: the first no sooner than the minimum delay after the unit; each right answer lengthens the interval
        Fsrs fsrs = Fsrs.withDefaults();
        List<Fsrs.Review> reviews = new ArrayList<>(List.of(new Fsrs.Review(callAt, Fsrs.Grade.AGAIN)));
        Instant from = doneAt;
        List<Double> intervals = new ArrayList<>();
        String lastItem = null;
        for (int quiz = 1; quiz <= 3; quiz++) {
            Map<String, Object> pending = pendingQuiz(awaitSchedule(rep, s -> pendingQuiz(s) != null));
            Fsrs.MemoryState memory = fsrs.replay(reviews);
            Instant expected = later(fsrs.recallFallsAt(reviews.get(reviews.size() - 1).at(), memory.stability(), 0.9),
                    from.plus(MIN_DELAY));
            Instant earliest = Instant.parse((String) pending.get("earliestAt"));
            assertThat(earliest).isCloseTo(expected, within(1, ChronoUnit.SECONDS));
            intervals.add(Days.between(from, earliest));
            assertThat(pending.get("practiceItem")).isNotEqualTo(lastItem);
            lastItem = (String) pending.get("practiceItem");

            clock.set(Instant.parse((String) pending.get("dueAt")).plusSeconds(1));
            dispatcher.dispatchDue();
            Instant answeredAt = clock.instant().plus(Duration.ofMinutes(5));
            clock.set(answeredAt);
            List<Map<String, Object>> actions = cast(pending.get("actions"));
            String right = actions.stream().filter(a -> "QUIZ".equals(a.get("type")))
                    .flatMap(a -> TrainingTest.<String>cast(a.get("choices")).stream())
                    .filter(BUDGET_POINTS::contains).findFirst().orElseThrow();
            team.quizAnswer(rep, (String) pending.get("nudgeId"), BUDGET, right, answeredAt);
            reviews.add(new Fsrs.Review(answeredAt, Fsrs.Grade.GOOD));
            from = answeredAt;
            if (quiz < 3) {
                String answered = (String) pending.get("nudgeId");
                awaitSchedule(rep, s -> pendingQuiz(s) != null && !answered.equals(pendingQuiz(s).get("nudgeId")));
            }
        }
        assertThat(intervals.get(2)).isGreaterThan(intervals.get(1));

        // three right in a row: passed, no more quizzes
        await().atMost(Duration.ofSeconds(30)).until(() -> "PASSED".equals(units(repToken, rep).get(0).get("status")));
        assertThat(units(repToken, rep).get(0).get("quizzes")).isEqualTo(Map.of("answered", 3, "rightInARow", 3, "toPass", 3));
        assertThat(pendingQuiz(awaitSchedule(rep, s -> true))).isNull();
    }

    @Test
    void aUnitNotDoneIsWithdrawnWhenACoachsCorrectionShowsTheRepKnowsHow() {
        clock.set(WEDNESDAY_10);
        Scenario team = new Scenario(codec);
        String rep = team.newRep();
        // 02:00 in Los Angeles: the unit's notice waits for the rep's working hours
        team.workingHours(rep, "America/Los_Angeles", "09:00", "17:00", Scenario.WEEKDAYS, 5);
        awaitSchedule(rep, s -> "America/Los_Angeles".equals(s.getString("settings.timeZone")));
        Scenario.Call call = team.call(rep, WEDNESDAY_10.minusSeconds(3600)).missed(BUDGET).met(AGENDA);
        team.send(call);
        String repToken = TestTokens.rep(rep, team.teamId());
        await().atMost(Duration.ofSeconds(30)).until(() -> units(repToken, rep).size() == 1);
        String unitId = (String) units(repToken, rep).get(0).get("id");
        assertThat(awaitSchedule(rep, s -> true).getList("upcoming.kind")).contains("TRAINING");

        team.send(call.revisedByCoach("coach-" + team.teamId()).met(BUDGET).met(AGENDA));
        await().atMost(Duration.ofSeconds(30)).until(() -> "WITHDRAWN".equals(units(repToken, rep).get(0).get("status")));
        Map<String, Object> unit = units(repToken, rep).get(0);
        assertThat((String) unit.get("endReason")).startsWith("No longer needed: the rep's calls show they know how.");
        assertThat(unit.get("endedAt")).isNotNull();
        JsonPath schedule = awaitSchedule(rep, s -> !s.getList("upcoming.kind").contains("TRAINING"));
        assertThat(schedule.getString("recent.find { it.kind == 'TRAINING' }.status")).as("its notice, not sent yet").isEqualTo("CANCELLED");
        given().auth().oauth2(repToken).post("/api/training/" + unitId + "/done").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("the rep's calls show they know how"));

        // a later miss does not bring a second unit on the same behaviour
        team.send(team.call(rep, WEDNESDAY_10.minusSeconds(600)).missed(BUDGET).met(AGENDA));
        awaitProfile(rep, p -> p.getInt("scoredCalls") == 2);
        assertThat(units(repToken, rep)).singleElement().satisfies(u -> assertThat(u.get("status")).isEqualTo("WITHDRAWN"));
    }

    private static List<Map<String, Object>> units(String token, String rep) {
        var response = given().auth().oauth2(token).get("/api/reps/" + rep + "/training");
        if (response.statusCode() != 200 && response.statusCode() != 404) {
            throw new AssertionError(response.statusCode() + " " + response.body().asString());
        }
        return response.statusCode() == 200 ? response.jsonPath().getList("$") : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pendingQuiz(JsonPath schedule) {
        return (Map<String, Object>) schedule.getList("upcoming", Map.class).stream()
                .filter(n -> "QUIZ".equals(n.get("kind"))).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(Object list) {
        return (List<T>) list;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
