package io.callreview.coaching.mentoring;

import io.callreview.coaching.Scenario;
import io.callreview.coaching.nudge.NudgeDispatcher;
import io.callreview.events.CallSetAside;
import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.testsupport.AuditTrailContract;
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
import static io.callreview.coaching.Api.awaitSchedule;
import static io.callreview.coaching.Api.behaviour;
import static io.callreview.coaching.Api.path;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A rep who never asks about budget and does not see the gap is paired with the teammate who is consciously competent
 * and consistent at it (not the one with the best record who cannot say why); both are told, either records that they
 * met, and a mentor is not asked more often than the weekly cap.
 */
@QuarkusTest
class MentoringTest {

    private static final String BUDGET = "ask-budget";
    private static final Instant WEDNESDAY_10 = Instant.parse("2030-05-15T10:00:00Z");

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
    @SuppressWarnings("unchecked")
    void aMenteeIsPairedWithAConsciouslyCompetentPeerBothAreToldAndEitherRecordsTheMeeting() {
        clock.set(WEDNESDAY_10);
        Scenario team = new Scenario(codec);
        String mentor = team.newRep();
        String unconscious = team.newRep();
        Scenario.Call mentorsLast = consciouslyCompetent(team, mentor);
        for (int day = 12; day >= 2; day -= 2) {
            team.send(team.call(unconscious, WEDNESDAY_10.minus(Duration.ofDays(day)).plusSeconds(60)).met(BUDGET));
        }
        awaitProfile(unconscious, p -> Integer.valueOf(6).equals(path(behaviour(p, BUDGET), "record.reviews")));

        String mentee = team.newRep();
        sendMisses(team, mentee);
        JsonPath profile = awaitProfile(mentee, p -> "MENTORING".equals(path(behaviour(p, BUDGET), "diagnosis.approach")));
        assertThat(path(behaviour(profile, BUDGET), "diagnosis.mentor.repId")).isEqualTo(mentor);

        String menteeToken = TestTokens.rep(mentee, team.teamId());
        String mentorToken = TestTokens.rep(mentor, team.teamId());
        List<Map<String, Object>> pairings = awaitPairings(menteeToken, mentee, 1);
        Map<String, Object> pairing = pairings.get(0);
        String pairingId = (String) pairing.get("id");
        assertThat(pairing.get("mentorId")).isEqualTo(mentor);
        assertThat(pairing.get("repId")).isEqualTo(mentee);
        assertThat(pairing.get("role")).isEqualTo("MENTEE");
        assertThat(pairing.get("status")).isEqualTo("PAIRED");
        assertThat((String) pairing.get("reason")).contains("Never shown").contains(mentor);
        assertThat(path(pairing, "example.callId")).isEqualTo(mentorsLast.id());
        assertThat(path(pairing, "example.quote")).isEqualTo(Scenario.quote(BUDGET, mentorsLast.id()));
        assertThat(pairings(mentorToken, mentor)).singleElement().satisfies(p -> assertThat(p.get("role")).isEqualTo("MENTOR"));
        assertThat(pairings(TestTokens.rep(unconscious, team.teamId()), unconscious)).isEmpty();
        List<Map<String, Object>> actions = (List<Map<String, Object>>) path(behaviour(awaitProfile(mentee, p -> true), BUDGET), "actions");
        assertThat(actions).anySatisfy(a -> assertThat(a).containsEntry("kind", "MENTORING").containsEntry("id", pairingId)
                .containsEntry("mentorId", mentor).containsEntry("status", "PAIRED"));

        // both are told with a link to the pairing, once it has settled for ten minutes (more calls may be arriving);
        // the notices go out through the outbox
        for (String told : List.of(mentee, mentor)) {
            assertThat(awaitSchedule(told, s -> true).getList("upcoming.kind")).as("before it settled").contains("MENTORING");
        }
        clock.set(WEDNESDAY_10.plus(Duration.ofMinutes(10)).plusSeconds(1));
        dispatcher.dispatchDue();
        for (String told : List.of(mentee, mentor)) {
            JsonPath schedule = awaitSchedule(told, s -> s.getList("recent.findAll { it.kind == 'MENTORING' }.status").contains("SENT"));
            assertThat(schedule.getString("recent.find { it.kind == 'MENTORING' }.actions[0].url")).contains(pairingId);
            // the mentor opens their own call; the mentee the moment, which the mentor shares
            assertThat(schedule.getString("recent.find { it.kind == 'MENTORING' }.actions.find { it.type == 'OPEN_CALL_MOMENT' }.url"))
                    .as("the link to the mentor's moment for " + told)
                    .contains(told.equals(mentor) ? "?t=" : "/moment?t=").doesNotContain(told.equals(mentor) ? "/moment" : "#");
        }

        // only the two of them (or an admin) record the meeting; coaches read, strangers see nothing
        String stranger = TestTokens.rep(team.newRep(), team.teamId());
        given().auth().oauth2(stranger).get("/api/reps/" + mentee + "/mentoring").then().statusCode(404);
        given().auth().oauth2(stranger).post("/api/mentoring/" + pairingId + "/met").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.rep(unconscious, team.teamId())).post("/api/mentoring/" + pairingId + "/met")
                .then().statusCode(404);
        String coach = TestTokens.coach("coach-" + team.teamId(), team.teamId());
        given().auth().oauth2(coach).get("/api/reps/" + mentee + "/mentoring").then().statusCode(200);
        given().auth().oauth2(coach).post("/api/mentoring/" + pairingId + "/met").then().statusCode(403);
        given().auth().oauth2(TestTokens.coach("coach-x", "other-team")).get("/api/reps/" + mentee + "/mentoring").then().statusCode(404);
        given().auth().oauth2(mentorToken).post("/api/mentoring/no-such-pairing/met").then().statusCode(404);

        Instant metAt = WEDNESDAY_10.plus(Duration.ofHours(2));
        clock.set(metAt);
        given().auth().oauth2(mentorToken).post("/api/mentoring/" + pairingId + "/met").then().statusCode(200)
                .body("status", equalTo("MET")).body("metRecordedBy", equalTo(mentor)).body("role", equalTo("MENTOR"));
        given().auth().oauth2(menteeToken).post("/api/mentoring/" + pairingId + "/met").then().statusCode(200)
                .body("metRecordedBy", equalTo(mentor)).body("metAt", equalTo(metAt.toString()));
        JsonPath audited = AuditTrailContract.entries("mentoring-pairing", pairingId);
        assertThat(audited.getList("items.action")).as("recorded once, by who recorded it").containsExactly("MENTORING_MEETING_RECORDED");
        assertThat(audited.getString("items[0].actorId")).isEqualTo(mentor);

        // a second mentee the same week: the same mentor; a third: the mentor has been asked enough this week
        String second = team.newRep();
        sendMisses(team, second);
        awaitPairings(TestTokens.rep(second, team.teamId()), second, 1);
        String third = team.newRep();
        sendMisses(team, third);
        awaitProfile(third, p -> Integer.valueOf(3).equals(path(behaviour(p, BUDGET), "record.reviews")));
        assertThat(pairings(TestTokens.rep(third, team.teamId()), third)).isEmpty();
        assertThat(pairings(mentorToken, mentor)).hasSize(2);
    }

    /**
     * The rep's three misses were test calls: set aside, nothing the rep does counts against the behaviour any more, so
     * the pairing is withdrawn and both notices, still settling, never go out. The mentor's example call set aside, the
     * pairings that pointed to it no longer do.
     */
    @Test
    void aPairingThatOnlyCallsSetAsideJustifiedIsWithdrawnWithItsNotices() {
        clock.set(WEDNESDAY_10);
        Scenario team = new Scenario(codec);
        String mentor = team.newRep();
        Scenario.Call mentorsLast = consciouslyCompetent(team, mentor);
        String mentee = team.newRep();
        List<Scenario.Call> testCalls = sendMisses(team, mentee);
        String menteeToken = TestTokens.rep(mentee, team.teamId());
        Map<String, Object> pairing = awaitPairings(menteeToken, mentee, 1).get(0);
        String pairingId = (String) pairing.get("id");
        assertThat(path(pairing, "example.callId")).isEqualTo(mentorsLast.id());
        for (String told : List.of(mentee, mentor)) {
            awaitSchedule(told, s -> s.getList("upcoming.kind").contains("MENTORING"));
        }

        team.send(EventContract.CALL_SET_ASIDE, setAside(team, mentorsLast, mentor));
        await().atMost(Duration.ofSeconds(30)).until(() -> path(pairings(menteeToken, mentee).get(0), "example") == null);
        assertThat(pairings(menteeToken, mentee).get(0).get("status")).as("the mentor still shows the behaviour").isEqualTo("PAIRED");

        testCalls.subList(0, 2).forEach(call -> team.send(EventContract.CALL_SET_ASIDE, setAside(team, call, mentee)));
        awaitProfile(mentee, p -> Integer.valueOf(1).equals(path(behaviour(p, BUDGET), "record.reviews")));
        assertThat(pairings(menteeToken, mentee).get(0).get("status")).as("one miss still counts").isEqualTo("PAIRED");
        team.send(EventContract.CALL_SET_ASIDE, setAside(team, testCalls.get(2), mentee));

        await().atMost(Duration.ofSeconds(30)).until(() -> "WITHDRAWN".equals(pairings(menteeToken, mentee).get(0).get("status")));
        Map<String, Object> withdrawn = pairings(menteeToken, mentee).get(0);
        assertThat(withdrawn.get("endReason")).isEqualTo("No longer needed: none of the rep's calls that count grade the behaviour.");
        assertThat(withdrawn.get("endedAt")).isNotNull();
        given().auth().oauth2(TestTokens.rep(mentor, team.teamId())).post("/api/mentoring/" + pairingId + "/met").then()
                .statusCode(200).body("status", equalTo("WITHDRAWN"));

        clock.set(WEDNESDAY_10.plus(Duration.ofMinutes(15)));
        dispatcher.dispatchDue();
        for (String told : List.of(mentee, mentor)) {
            JsonPath schedule = awaitSchedule(told, s -> true);
            List<Map<String, Object>> notices = new java.util.ArrayList<>(schedule.<Map<String, Object>>getList("upcoming"));
            notices.addAll(schedule.getList("recent"));
            assertThat(notices).filteredOn(n -> ("mentoring:" + pairingId + (told.equals(mentee) ? ":rep" : ":mentor"))
                    .equals(n.get("dedupeKey"))).singleElement().satisfies(n -> {
                        assertThat(n.get("status")).isEqualTo("CANCELLED");
                        assertThat((String) n.get("statusReason")).startsWith("the mentoring pairing was withdrawn.");
                    });
        }
    }

    /** Four calls that met the behaviour and a reflection that says why: the mentor a mentee is paired with. */
    private static Scenario.Call consciouslyCompetent(Scenario team, String mentor) {
        Scenario.Call last = null;
        for (int day = 8; day >= 2; day -= 2) {
            last = team.call(mentor, WEDNESDAY_10.minus(Duration.ofDays(day))).met(BUDGET);
            team.send(last);
        }
        team.reflection(mentor, Scenario.unique("nudge"), BUDGET, last.id(), null, "I ask once they have named the pain",
                WEDNESDAY_10.minus(Duration.ofDays(1)));
        awaitProfile(mentor, p -> Boolean.TRUE.equals(path(behaviour(p, BUDGET), "stage.atTarget")));
        return last;
    }

    private static CallSetAside setAside(Scenario team, Scenario.Call call, String rep) {
        return new CallSetAside(call.id(), rep, team.teamId(), Scenario.DISCOVERY, call.startedAt(), "test call", "admin-1",
                Instant.now());
    }

    private static List<Scenario.Call> sendMisses(Scenario team, String rep) {
        List<Scenario.Call> calls = new java.util.ArrayList<>();
        for (int day = 5; day >= 3; day--) {
            Scenario.Call call = team.call(rep, WEDNESDAY_10.minus(Duration.ofDays(day))).missed(BUDGET);
            team.send(call);
            calls.add(call);
        }
        return calls;
    }

    private static List<Map<String, Object>> awaitPairings(String token, String rep, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> pairings(token, rep).size() == count);
        return pairings(token, rep);
    }

    private static List<Map<String, Object>> pairings(String token, String rep) {
        var response = given().auth().oauth2(token).get("/api/reps/" + rep + "/mentoring");
        if (response.statusCode() != 200 && response.statusCode() != 404) {
            throw new AssertionError(response.statusCode() + " " + response.body().asString());
        }
        return response.statusCode() == 200 ? response.jsonPath().getList("$") : List.of();
    }
}
