package io.callreview.coaching.path;

import io.callreview.coaching.Scenario;
import io.callreview.events.EventCodec;
import io.callreview.testsupport.MutableClock;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.callreview.coaching.Api.awaitProfile;
import static io.callreview.coaching.Api.behaviour;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rep's path at a behaviour, through the API: a new rep starts in training; the unit done and the training time over,
 * the next call moves them to mentoring; without a teammate to mentor them, coaching takes over once the mentoring time
 * is over. Each move keeps its reason, and the profile says what comes next and not before when. The timing follows
 * the call type.
 */
@QuarkusTest
class RepPathTest {

    private static final String BUDGET = "ask-budget";
    private static final String AGENDA = "open-agenda";
    private static final Instant START = Instant.parse("2030-06-05T10:00:00Z");

    @Inject
    EventCodec codec;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aNewRepMovesFromTrainingToMentoringToCoachingWithTheReasonForEachMove() {
        clock.set(START);
        Scenario team = new Scenario(codec);
        String rep = team.newRep();
        String token = TestTokens.rep(rep, team.teamId());
        team.send(team.call(rep, START.minusSeconds(3600)).missed(BUDGET).met(AGENDA));

        Map<String, Object> budget = path(awaitProfile(rep, p -> phase(p, BUDGET) != null), BUDGET);
        assertThat(budget).containsEntry("phase", "TRAINING").containsEntry("since", START.toString())
                .containsEntry("next", "MENTORING").containsEntry("nextEarliestAt", START.plus(Duration.ofDays(7)).toString());
        assertThat(moves(budget)).singleElement().satisfies(m -> {
            assertThat(m).containsEntry("from", null).containsEntry("to", "TRAINING");
            assertThat((String) m.get("reason")).contains("training comes first");
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> !units(token, rep).isEmpty());
        String unitId = (String) units(token, rep).get(0).get("id");
        clock.set(START.plus(Duration.ofHours(1)));
        given().auth().oauth2(token).post("/api/training/" + unitId + "/done").then().statusCode(200);
        assertThat(phase(awaitProfile(rep, p -> true), BUDGET)).as("training lasts its time").isEqualTo("TRAINING");

        Instant weekLater = START.plus(Duration.ofDays(8));
        clock.set(weekLater);
        team.send(team.call(rep, weekLater.minusSeconds(3600)).missed(BUDGET).met(AGENDA));
        Map<String, Object> mentoring = path(awaitProfile(rep, p -> "MENTORING".equals(phase(p, BUDGET))), BUDGET);
        assertThat((String) mentoring.get("reason")).startsWith("Training done after 7 days of training");
        assertThat(mentoring).containsEntry("next", "COACHING")
                .containsEntry("nextEarliestAt", weekLater.plus(Duration.ofDays(14)).toString());

        Instant mentoringOver = weekLater.plus(Duration.ofDays(15));
        clock.set(mentoringOver);
        team.send(team.call(rep, mentoringOver.minusSeconds(3600)).missed(BUDGET).met(AGENDA));
        Map<String, Object> coaching = path(awaitProfile(rep, p -> "COACHING".equals(phase(p, BUDGET))), BUDGET);
        assertThat((String) coaching.get("reason")).startsWith("No teammate is consciously competent and consistent");
        assertThat(moves(coaching)).extracting(m -> m.get("to")).containsExactly("TRAINING", "MENTORING", "COACHING");
        assertThat(moves(coaching)).extracting(m -> m.get("at"))
                .containsExactly(START.toString(), weekLater.toString(), mentoringOver.toString());

        // a coach of the team reads the same path; a coach of another team does not see the rep
        given().auth().oauth2(TestTokens.coach("coach-" + team.teamId(), team.teamId())).get("/api/reps/" + rep + "/profile")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.coach("coach-x", "other-team")).get("/api/reps/" + rep + "/profile")
                .then().statusCode(404);
    }

    @Test
    void theTimingFollowsTheCallType() {
        clock.set(START);
        Scenario team = new Scenario(codec);
        String rep = team.newRep();
        team.send(team.call(rep, START.minusSeconds(3600)).type("quick-demo").missed(BUDGET).met(AGENDA));
        Map<String, Object> budget = path(awaitProfile(rep, p -> phase(p, BUDGET) != null), BUDGET);
        assertThat(budget).containsEntry("phase", "TRAINING")
                .containsEntry("nextEarliestAt", START.plus(Duration.ofDays(2)).toString());
        assertThat((String) budget.get("nextWhen")).contains("2 days of training");
    }

    private static String phase(JsonPath profile, String behaviour) {
        Map<String, Object> path = path(profile, behaviour);
        return path == null ? null : (String) path.get("phase");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> path(JsonPath profile, String behaviour) {
        Map<String, Object> found = behaviour(profile, behaviour);
        return found == null ? null : (Map<String, Object>) found.get("path");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> moves(Map<String, Object> path) {
        return (List<Map<String, Object>>) path.get("moves");
    }

    private static List<Map<String, Object>> units(String token, String rep) {
        return given().auth().oauth2(token).get("/api/reps/" + rep + "/training").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }
}
