package io.callreview.coaching.skill;

import io.callreview.coaching.Api;
import io.callreview.coaching.Scenario;
import io.callreview.coaching.rules.Reflections;
import io.callreview.events.EventCodec;
import io.callreview.testsupport.MutableClock;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
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

/**
 * The ladder through the broker: a rep who opens every call with an agenda but cannot say why is unconsciously
 * competent and is asked to reflect; once they explain it (and stay consistent) they are at the target and the
 * routine nudges about it stop; a lapse brings them back.
 */
@QuarkusTest
class CompetenceLadderTest {

    private static final String AGENDA = "open-agenda";
    private static final String BUDGET = "ask-budget";
    private static final Instant MONDAY_10 = Instant.parse("2030-05-13T10:00:00Z");

    @Inject
    EventCodec codec;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void doingItWithoutKnowingWhyIsAskedUntilExplainedThenRoutineNudgesStopUntilALapse() {
        Scenario scenario = new Scenario(codec);
        String rep = scenario.newRep();
        Instant wednesday = MONDAY_10.plus(Duration.ofDays(2));
        clock.set(wednesday);
        for (int day = 0; day < 3; day++) {
            scenario.send(scenario.call(rep, MONDAY_10.plus(Duration.ofDays(day)).minusSeconds(3600)).met(AGENDA).missed(BUDGET));
        }
        JsonPath profile = awaitProfile(rep, p -> Integer.valueOf(3).equals(path(behaviour(p, AGENDA), "record.reviews")));
        assertThat(path(behaviour(profile, AGENDA), "stage.stage")).isEqualTo("UNCONSCIOUSLY_COMPETENT");
        assertThat(path(behaviour(profile, AGENDA), "stage.consistent")).isEqualTo(true);
        assertThat(path(behaviour(profile, AGENDA), "stage.atTarget")).isEqualTo(false);
        assertThat(path(behaviour(profile, AGENDA), "diagnosis.approach")).isEqualTo("COACHING");

        // one reflection prompt about the strength, in a feedback nudge whose own behaviour is the focus (ask-budget)
        List<Map<String, Object>> prompts = reflectionPrompts(awaitSchedule(rep, s -> !reflectionPrompts(s).isEmpty()));
        assertThat(prompts).hasSize(1);
        Map<String, Object> first = prompts.get(0);
        assertThat(first.get("behaviourKey")).isEqualTo(BUDGET);
        Map<String, Object> question = reflection(first);
        assertThat((String) question.get("question")).contains("open agenda").contains("What did you do that made it work?");
        assertThat(question.get("choices")).asList()
                .containsExactly("Plan to open agenda.", "Listen to the answer about open agenda.", Reflections.NOT_SURE);

        // not sure why: still unconscious, and asked again after a later call once the gap has passed
        scenario.reflection(rep, (String) first.get("nudgeId"), BUDGET, (String) first.get("callId"), Reflections.NOT_SURE, null, wednesday);
        profile = awaitProfile(rep, p -> ((String) path(behaviour(p, AGENDA), "stage.basis")).contains("could not say"));
        assertThat(path(behaviour(profile, AGENDA), "stage.stage")).isEqualTo("UNCONSCIOUSLY_COMPETENT");
        assertThat(path(behaviour(profile, BUDGET), "stage.stage")).isEqualTo("UNCONSCIOUSLY_INCOMPETENT");

        Instant friday = wednesday.plus(Duration.ofDays(2));
        clock.set(friday);
        Scenario.Call fourth = scenario.call(rep, friday.minusSeconds(3600)).met(AGENDA).missed(BUDGET);
        scenario.send(fourth);
        Map<String, Object> second = reflectionPrompts(awaitSchedule(rep, s -> reflectionPrompts(s).size() == 2)).stream()
                .filter(n -> fourth.id().equals(n.get("callId"))).findFirst().orElseThrow();

        // the coach makes it a focus: a routine reinforcement is planned
        given().auth().oauth2(TestTokens.coach("coach-1", scenario.teamId())).contentType(ContentType.JSON)
                .body(Map.of("repId", rep, "focusBehaviours", List.of(AGENDA), "targetAdherence", 0.9, "reviewDate", "2030-06-30"))
                .post("/api/plans").then().statusCode(201);
        awaitSchedule(rep, s -> s.getList("upcoming.findAll { it.kind == 'REINFORCEMENT' }.behaviourKey").contains(AGENDA));

        // explained, and consistent: the target; the routine reinforcement is withdrawn
        scenario.reflection(rep, (String) second.get("nudgeId"), BUDGET, fourth.id(), null,
                "I say what we will cover before any small talk", friday);
        profile = awaitProfile(rep, p -> Boolean.TRUE.equals(path(behaviour(p, AGENDA), "stage.atTarget")));
        assertThat(path(behaviour(profile, AGENDA), "stage.stage")).isEqualTo("CONSCIOUSLY_COMPETENT");
        assertThat((String) path(behaviour(profile, AGENDA), "stage.basis")).contains("explained what made it work");
        assertThat(path(behaviour(profile, AGENDA), "diagnosis.approach")).isEqualTo("NONE");
        assertThat(path(behaviour(profile, AGENDA), "nextMoment")).isNull();
        JsonPath schedule = Api.schedule(rep);
        assertThat(schedule.getList("upcoming.findAll { it.kind == 'REINFORCEMENT' }.behaviourKey")).doesNotContain(AGENDA);
        assertThat(schedule.getList("recent.findAll { it.behaviourKey == 'open-agenda' && it.kind == 'REINFORCEMENT' }.statusReason")
                .toString()).contains("at the target");

        // a lapse: missed on the next call; the routine reinforcement comes back
        Instant nextMonday = MONDAY_10.plus(Duration.ofDays(7));
        clock.set(nextMonday);
        Scenario.Call lapse = scenario.call(rep, nextMonday.minusSeconds(3600)).missed(AGENDA).met(BUDGET);
        scenario.send(lapse);
        profile = awaitProfile(rep, p -> Integer.valueOf(5).equals(path(behaviour(p, AGENDA), "record.reviews")));
        assertThat(path(behaviour(profile, AGENDA), "stage.atTarget")).isEqualTo(false);
        assertThat((String) path(behaviour(profile, AGENDA), "stage.basis")).contains("a lapse");
        // the feedback on that call names it as the focus again: the moment of this review cycle (no reinforcement on top)
        JsonPath afterLapse = awaitSchedule(rep, s -> everyNudge(s).stream()
                .anyMatch(n -> lapse.id().equals(n.get("callId")) && AGENDA.equals(n.get("behaviourKey"))));
        assertThat(afterLapse.getList("upcoming.findAll { it.kind == 'REINFORCEMENT' }.behaviourKey")).doesNotContain(AGENDA);
    }

    private static List<Map<String, Object>> everyNudge(JsonPath schedule) {
        List<Map<String, Object>> all = new ArrayList<>(schedule.<Map<String, Object>>getList("upcoming"));
        all.addAll(schedule.<Map<String, Object>>getList("recent"));
        return all;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reflectionPrompts(JsonPath schedule) {
        return everyNudge(schedule).stream()
                .filter(n -> ((List<Map<String, Object>>) n.get("actions")).stream().anyMatch(a -> "REFLECTION".equals(a.get("type"))))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reflection(Map<String, Object> nudge) {
        return ((List<Map<String, Object>>) nudge.get("actions")).stream()
                .filter(a -> "REFLECTION".equals(a.get("type"))).findFirst().orElseThrow();
    }
}
